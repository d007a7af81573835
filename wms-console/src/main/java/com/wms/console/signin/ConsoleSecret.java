package com.wms.console.signin;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The console's secret: 32 random bytes kept in the database (table {@code console_secret}, with
 * its own Flyway history), from which the session cookie key is derived. The first replica to start
 * creates it; the database keeps the first one whichever replicas race, so every replica on that
 * database seals and opens cookies with the same key, and nothing about it can be guessed from the
 * configuration (tokens, files, hosts). Deleting the row and restarting every replica ends every
 * console session.
 */
public final class ConsoleSecret {
  /** The length of the secret in bytes (AES-256). */
  public static final int BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ConsoleSecret() {}

  /** Migrates the console's table and returns the secret, creating it if there is none yet. */
  public static byte[] load(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/console")
        .table("flyway_console_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    byte[] candidate = new byte[BYTES];
    RANDOM.nextBytes(candidate);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO console_secret (id, cookie_key) VALUES (1, ?)"
                  + " ON CONFLICT (id) DO NOTHING")) {
        insert.setBytes(1, candidate);
        insert.executeUpdate();
      }
      try (PreparedStatement select =
              c.prepareStatement("SELECT cookie_key FROM console_secret WHERE id = 1");
          ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("console_secret has no row after inserting one");
        }
        return rs.getBytes(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the console's secret cannot be read or stored: " + e, e);
    }
  }
}
