package com.wms.app.replicas;

import com.wms.app.EmbeddedDatabase;
import com.wms.inventory.service.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final EmbeddedDatabase db;
  private final Map<String, String> env;
  private final List<ProductJvm> replicas = new ArrayList<>();
  private final JdbcClient jdbc;

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
    ProductJvm.requireJar();
    ServiceReplicas replicas = new ServiceReplicas(EmbeddedDatabase.start(null), env);
    try {
      for (int i = 0; i < n; i++) {
        replicas.replicas.add(replicas.launch(i, ProductJvm.freePort()));
      }
      for (ProductJvm r : replicas.replicas) {
        r.awaitHealthy();
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
    return replicas.get(i).url();
  }

  /** The base URLs of every replica, killed ones included. */
  public List<String> urls() {
    return replicas.stream().map(ProductJvm::url).toList();
  }

  /** An admin client of replica {@code i}. */
  public Api api(int i) {
    return new Api(url(i));
  }

  /** The operating system's process id of replica {@code i}. */
  public long pid(int i) {
    return replicas.get(i).pid();
  }

  public boolean alive(int i) {
    return replicas.get(i).alive();
  }

  /** SIGKILL: no shutdown hook, no graceful stop; its database sessions end with the process. */
  public void kill9(int i) throws InterruptedException {
    replicas.get(i).kill9();
  }

  /** Starts a killed replica again on its port and waits until it is healthy. */
  public void restart(int i) throws IOException {
    if (alive(i)) {
      throw new IllegalStateException("replica " + i + " is still running");
    }
    replicas.set(i, launch(i, replicas.get(i).port()));
    replicas.get(i).awaitHealthy();
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

  /**
   * Terminates ({@code pg_terminate_backend}) every database session whose application name is one
   * of {@code applicationNames} ({@code replica-i}, {@code worker-i}); returns how many it ended.
   */
  public int terminateSessionsOf(String... applicationNames) {
    return jdbc.sql(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE application_name = ANY(?)")
        .param(applicationNames)
        .query(Integer.class)
        .single();
  }

  /**
   * Ends the database session that holds the advisory lock {@code key}, whatever it is doing
   * ({@code pg_terminate_backend}): to the database, as if its process died at that moment. False
   * when nobody held the lock.
   */
  public boolean endSessionHolding(long key) {
    return jdbc.sql(
            "SELECT pg_terminate_backend(l.pid) FROM pg_locks l WHERE l.locktype = 'advisory'"
                + " AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ?"
                + " AND l.objsubid = 1")
        .params(key >>> 32, key & 0xffffffffL)
        .query(Boolean.class)
        .optional()
        .orElse(false);
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
    for (ProductJvm r : replicas) {
      r.stop();
    }
    try {
      db.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProductJvm launch(int i, int port) throws IOException {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("WMS_DB_URL", db.jdbcUrl() + "&ApplicationName=replica-" + i);
    e.put("WMS_DB_USER", "postgres");
    e.put("WMS_DB_PASSWORD", "postgres");
    e.put("WMS_DB_POOL_SIZE", "24");
    e.put("WMS_API_TOKENS", Api.TOKENS);
    e.put("WMS_RATE_LIMIT", Api.RATE_LIMIT);
    e.putAll(env);
    return ProductJvm.launch("replica-" + i, "inventory-service", port, e, List.of());
  }
}
