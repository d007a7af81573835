package com.wms.inventory.service.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One embedded PostgreSQL per test JVM, started on first use and stopped when the JVM exits. Tests
 * isolate themselves by using their own SKU and order ids, never by wiping tables.
 */
public final class TestDatabase {
  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  public static synchronized String jdbcUrl() {
    if (postgres == null) {
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
