package com.wms.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL of dev mode (zonky binaries from Maven Central). With a data directory
 * the stock survives restarts; without one a temporary directory is used and removed on close.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final boolean temporary;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, boolean temporary) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.temporary = temporary;
  }

  /** Starts PostgreSQL on a free port of 127.0.0.1; {@code dataDir} null means temporary. */
  public static EmbeddedDatabase start(Path dataDir) throws IOException {
    return start(dataDir, 0);
  }

  /** As {@link #start(Path)} on the given port (0: a free one), e.g. to restart in place. */
  static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
    return start(dataDir, port, Map.of());
  }

  /**
   * {@link #start(Path)} with extra server settings (e.g. {@code max_connections} for the
   * benchmarks); durability stays as dev mode sets it.
   */
  public static EmbeddedDatabase start(Path dataDir, Map<String, String> serverConfig)
      throws IOException {
    return start(dataDir, 0, serverConfig);
  }

  private static EmbeddedDatabase start(Path dataDir, int port, Map<String, String> serverConfig)
      throws IOException {
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("wms-pg-") : dataDir.toAbsolutePath();
    Path pgData = dir.resolve("pgdata");
    Files.createDirectories(dir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(temporary)
            .setServerConfig("listen_addresses", "127.0.0.1")
            // Event times are commit times (EVENTS.md).
            .setServerConfig("track_commit_timestamp", "on");
    serverConfig.forEach(builder::setServerConfig);
    if (port != 0) {
      builder.setPort(port);
    }
    if (!temporary) {
      // zonky turns durability off for tests; data that must survive a crash needs it back.
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    EmbeddedPostgres pg = builder.start();
    return new EmbeddedDatabase(pg, dir, temporary);
  }

  int port() {
    return postgres.getPort();
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  Path dataDir() {
    return dataDir;
  }

  boolean temporary() {
    return temporary;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
    if (temporary) {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(EmbeddedDatabase::delete);
      }
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
