package com.wms.app;

import com.wms.inventory.api.AuditReport;
import com.wms.inventory.service.InventoryServiceApplication;
import com.wms.inventory.service.support.Api;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The system's parts started separately, so that a fault test can stop and start one of them: a
 * durable embedded PostgreSQL on a fixed port, the Temporal test server, and the inventory service
 * alone (workers are started by the tests themselves).
 */
public final class SystemParts implements AutoCloseable {
  private final Path dir;
  private final int dbPort;
  private EmbeddedDatabase db;
  private final EmbeddedTemporal temporal;
  private final ConfigurableApplicationContext service;
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient workflows;
  private final JdbcClient jdbc;

  private SystemParts(Path dir, EmbeddedDatabase db, EmbeddedTemporal temporal) {
    this.dir = dir;
    this.db = db;
    this.dbPort = db.port();
    this.temporal = temporal;
    this.service =
        new SpringApplicationBuilder(InventoryServiceApplication.class)
            .run(
                Args.of(
                    "server.port", "0",
                    "server.address", "127.0.0.1",
                    "spring.main.banner-mode", "off",
                    "spring.datasource.url", db.jdbcUrl(),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "postgres",
                    "spring.datasource.hikari.connection-timeout", "2000",
                    "wms.security.api-tokens", Api.TOKENS,
                    "wms.security.rate-limit", Api.RATE_LIMIT));
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(temporal.target()).build());
    this.workflows = WorkflowClient.newInstance(stubs);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db.jdbcUrl());
    ds.setUser("postgres");
    ds.setPassword("postgres");
    this.jdbc = JdbcClient.create(ds);
  }

  public static SystemParts start() throws IOException {
    Path dir = Files.createTempDirectory("wms-parts-");
    EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
    EmbeddedTemporal temporal = EmbeddedTemporal.start(0);
    return new SystemParts(dir, db, temporal);
  }

  public String inventoryUrl() {
    return "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
  }

  public String temporalTarget() {
    return temporal.target();
  }

  public WorkflowClient workflows() {
    return workflows;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  public AuditReport audit() {
    return AuditCommand.run(db.jdbcUrl(), "postgres", "postgres");
  }

  /** Stops PostgreSQL (fast shutdown); the service keeps running without its database. */
  public void stopDatabase() throws IOException {
    db.close();
  }

  /** Starts PostgreSQL again on the same data directory and port. */
  public void startDatabase() throws IOException {
    db = EmbeddedDatabase.start(dir, dbPort);
  }

  @Override
  public void close() throws Exception {
    service.close();
    stubs.shutdownNow();
    temporal.close();
    db.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
