package com.wms.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL of dev mode (zonky binaries from Maven Central). With a data directory
 * the stock survives restarts; without one a temporary directory is used and removed on close.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final String PGDATA = "pgdata";

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

  /**
   * {@link #start(Path)} for a caller whose own shutdown hook closes it after what uses it; zonky's
   * hook would stop PostgreSQL while the service still runs.
   */
  static EmbeddedDatabase startStoppedByCaller(Path dataDir) throws IOException {
    return start(dataDir, 0, Map.of(), false);
  }

  private static EmbeddedDatabase start(Path dataDir, int port, Map<String, String> serverConfig)
      throws IOException {
    return start(dataDir, port, serverConfig, true);
  }

  private static EmbeddedDatabase start(
      Path dataDir, int port, Map<String, String> serverConfig, boolean shutdownHook)
      throws IOException {
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("wms-pg-") : dataDir.toAbsolutePath();
    Path pgData = dir.resolve(PGDATA);
    Files.createDirectories(dir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(temporary)
            .setRegisterShutdownHook(shutdownHook)
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

  /**
   * Why {@code wms dev --data-dir dir} cannot keep its database there: it is not a directory, or a
   * running PostgreSQL (another {@code wms dev}) uses it. Null means a temporary directory: fine.
   */
  static Optional<String> dataDirProblem(Path dir) {
    if (dir == null) {
      return Optional.empty();
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return Optional.of(
          "--data-dir "
              + dir
              + " is not a directory; give a directory (it is created when missing)");
    }
    return inUse(dir);
  }

  /** Why {@code wms audit --data-dir dir} cannot open a dev database there. */
  static Optional<String> existingDataDirProblem(Path dir) {
    if (!Files.isDirectory(dir.resolve(PGDATA))) {
      return Optional.of(
          "--data-dir "
              + dir
              + " holds no wms dev database; give the directory of ./wms dev --data-dir");
    }
    return inUse(dir);
  }

  /** A live PostgreSQL's pid file in the data directory: another process serves it. */
  private static Optional<String> inUse(Path dir) {
    Path pidFile = dir.resolve(PGDATA).resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(pidFile)) {
      long pid = Long.parseLong(lines.findFirst().orElse("").strip());
      boolean postgres =
          ProcessHandle.of(pid)
              .filter(ProcessHandle::isAlive)
              .flatMap(p -> p.info().command())
              .filter(command -> command.contains("postgres"))
              .isPresent();
      return postgres
          ? Optional.of(
              "--data-dir "
                  + dir
                  + " is in use by a running PostgreSQL (pid "
                  + pid
                  + "), probably another ./wms dev; stop it first or give another directory")
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      // A stale or torn pid file: PostgreSQL itself decides whether the directory is free.
      return Optional.empty();
    }
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
  public String toString() {
    return "embedded PostgreSQL in " + dataDir;
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
