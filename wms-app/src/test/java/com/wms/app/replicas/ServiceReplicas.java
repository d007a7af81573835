package com.wms.app.replicas;

import com.wms.app.EmbeddedDatabase;
import com.wms.inventory.service.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * N replicas of {@code wms inventory-service}, each a JVM of its own running the product's jar
 * ({@code wms-app/target/wms.jar}, built by {@code mvn package} before the integration tests), on
 * one embedded PostgreSQL, as production runs them. A test can kill -9 a replica, start it again,
 * and read the shared database. Replica {@code i} names its database sessions {@code replica-i}
 * ({@code pg_stat_activity.application_name}), so a test can tell which replica holds what; its
 * output goes to {@code target/replicas/replica-i.log}.
 *
 * <pre>{@code
 * try (ServiceReplicas replicas = ServiceReplicas.start(2, Map.of())) {
 *   Api api = replicas.api(0);
 *   replicas.kill9(1);
 * }
 * }</pre>
 */
public final class ServiceReplicas implements AutoCloseable {
  private static final Path JAR = Path.of("target", "wms.jar");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final EmbeddedDatabase db;
  private final Map<String, String> env;
  private final List<Replica> replicas = new ArrayList<>();
  private final JdbcClient jdbc;

  private record Replica(int port, Process process) {}

  private ServiceReplicas(EmbeddedDatabase db, Map<String, String> env) {
    this.db = db;
    this.env = env;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db.jdbcUrl());
    ds.setUser("postgres");
    ds.setPassword("postgres");
    this.jdbc = JdbcClient.create(ds);
  }

  /**
   * Starts an embedded PostgreSQL and {@code n} replicas in parallel, and waits until every one
   * answers {@code /actuator/health} with UP. {@code env} is added to each replica's environment
   * (e.g. {@code WMS_KAFKA_BOOTSTRAP_SERVERS}); the database and {@link Api#TOKENS} are set here.
   */
  public static ServiceReplicas start(int n, Map<String, String> env) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath()
              + " is missing: build it first (mvn -pl wms-app -am package -DskipTests), or run"
              + " the integration tests through mvn verify, which packages before it tests");
    }
    ServiceReplicas replicas = new ServiceReplicas(EmbeddedDatabase.start(null), env);
    try {
      for (int i = 0; i < n; i++) {
        replicas.replicas.add(replicas.launch(i, freePort()));
      }
      for (int i = 0; i < n; i++) {
        replicas.awaitHealthy(i);
      }
      return replicas;
    } catch (IOException | RuntimeException e) {
      replicas.close();
      throw e;
    }
  }

  /** How many replicas there are (killed ones included). */
  public int size() {
    return replicas.size();
  }

  /** The base URL of replica {@code i}, e.g. {@code http://127.0.0.1:41234}. */
  public String url(int i) {
    return "http://127.0.0.1:" + replicas.get(i).port();
  }

  /** An admin client of replica {@code i}. */
  public Api api(int i) {
    return new Api(url(i));
  }

  /** The operating system's process id of replica {@code i}. */
  public long pid(int i) {
    return replicas.get(i).process().pid();
  }

  public boolean alive(int i) {
    return replicas.get(i).process().isAlive();
  }

  /** SIGKILL: no shutdown hook, no graceful stop; its database sessions end with the process. */
  public void kill9(int i) throws InterruptedException {
    Process p = replicas.get(i).process();
    p.destroyForcibly();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("replica " + i + " survived SIGKILL");
    }
  }

  /** Starts a killed replica again on its port and waits until it is healthy. */
  public void restart(int i) throws IOException {
    if (alive(i)) {
      throw new IllegalStateException("replica " + i + " is still running");
    }
    replicas.set(i, launch(i, replicas.get(i).port()));
    awaitHealthy(i);
  }

  /**
   * The replica whose database session holds the advisory lock {@code key} (the first 32 bits in
   * {@code classid}, the last in {@code objid}), or -1 when no replica holds it.
   */
  public int holderOf(long key) {
    return jdbc.sql(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ?"
                + " AND l.objid::bigint = ? AND l.objsubid = 1")
        .params(key >>> 32, key & 0xffffffffL)
        .query(String.class)
        .optional()
        .filter(name -> name.startsWith("replica-"))
        .map(name -> Integer.parseInt(name.substring("replica-".length())))
        .orElse(-1);
  }

  /** The shared database, for checks a test makes behind the replicas' back. */
  public JdbcClient jdbc() {
    return jdbc;
  }

  public String jdbcUrl() {
    return db.jdbcUrl();
  }

  @Override
  public void close() {
    for (Replica r : replicas) {
      r.process().destroyForcibly();
    }
    for (Replica r : replicas) {
      try {
        r.process().waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      db.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Replica launch(int i, int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx384m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-jar",
            JAR.toString(),
            "inventory-service");
    Map<String, String> e = new LinkedHashMap<>();
    e.put("WMS_DB_URL", db.jdbcUrl() + "&ApplicationName=replica-" + i);
    e.put("WMS_DB_USER", "postgres");
    e.put("WMS_DB_PASSWORD", "postgres");
    e.put("WMS_DB_POOL_SIZE", "24");
    e.put("WMS_API_TOKENS", Api.TOKENS);
    e.put("WMS_RATE_LIMIT", Api.RATE_LIMIT);
    e.put("SERVER_ADDRESS", "127.0.0.1");
    e.put("SERVER_PORT", String.valueOf(port));
    e.putAll(env);
    pb.environment().putAll(e);
    pb.redirectErrorStream(true);
    Path log = logFile(i);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new Replica(port, pb.start());
  }

  private void awaitHealthy(int i) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    URI health = URI.create(url(i) + "/actuator/health");
    while (Instant.now().isBefore(deadline)) {
      if (!alive(i)) {
        throw new IllegalStateException(
            "replica " + i + " exited with " + replicas.get(i).process().exitValue() + tail(i));
      }
      try {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    throw new IllegalStateException(
        "replica " + i + " not healthy within " + START_TIMEOUT + tail(i));
  }

  private static String tail(int i) {
    try {
      List<String> lines = Files.readAllLines(logFile(i));
      return "; the end of "
          + logFile(i)
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static Path logFile(int i) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "replicas"));
      return dir.resolve("replica-" + i + ".log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
