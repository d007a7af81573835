package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.wms.app.replicas.KafkaBroker;
import com.wms.inventory.service.support.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one running system the end-to-end tests of a JVM share, as {@code wms dev} runs it: embedded
 * PostgreSQL, the embedded Temporal server, the inventory service, the worker and the order API,
 * all on 127.0.0.1. It starts on first use and stops when the JVM exits; tests isolate themselves
 * by unique SKU and order ids. A webhook stub is always configured, so notifications are POSTed and
 * can be checked, and so is a Kafka broker (its own JVM, started while the rest starts), so the
 * events reach their topics. A test that needs other settings (tracing, say) starts a system of its
 * own with {@link #start(String...)} and closes it.
 */
final class TestSystem implements AutoCloseable {
  private static TestSystem instance;

  private final String baseUrl;
  private final String adminToken;
  private final String jdbcUrl;
  private final List<Delivery> deliveries;
  private final String kafkaBootstrapServers;
  private final ConfigurableApplicationContext app;
  private final Runnable stop;

  /** A request the webhook stub received. */
  record Delivery(String idempotencyKey, String body) {}

  private TestSystem(
      ConfigurableApplicationContext app,
      String jdbcUrl,
      List<Delivery> deliveries,
      String kafkaBootstrapServers,
      Runnable stop) {
    this.baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    this.adminToken = DevCommand.adminToken(app);
    this.jdbcUrl = jdbcUrl;
    this.deliveries = deliveries;
    this.kafkaBootstrapServers = kafkaBootstrapServers;
    this.app = app;
    this.stop = stop;
  }

  static synchronized TestSystem get() {
    if (instance == null) {
      instance = start();
      TestSystem shared = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-system-shutdown"));
    }
    return instance;
  }

  /**
   * A system of its own, with {@code moreProperties} (key, value, ...) added to or overriding the
   * defaults; the caller closes it.
   */
  static TestSystem start(String... moreProperties) {
    try {
      return startSystem(moreProperties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestSystem startSystem(String... moreProperties) throws IOException {
    List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    HttpServer webhook = webhookStub(deliveries);
    CompletableFuture<KafkaBroker> starting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return KafkaBroker.start();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    KafkaBroker kafka = null;
    EmbeddedDatabase db = null;
    EmbeddedTemporal temporal = null;
    ConfigurableApplicationContext app;
    try {
      db = EmbeddedDatabase.start(null);
      temporal = EmbeddedTemporal.start(0);
      kafka = starting.join();
      String webhookUrl = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
      List<String> properties =
          new ArrayList<>(
              List.of(
                  "wms.orchestrator.webhook-url",
                  webhookUrl,
                  "wms.security.rate-limit",
                  Api.RATE_LIMIT,
                  "wms.events.kafka-bootstrap-servers",
                  kafka.bootstrapServers()));
      properties.addAll(List.of(moreProperties));
      app =
          DevCommand.start(
              db, temporal, 0, TestTokens.devAuth(), properties.toArray(String[]::new));
    } catch (IOException | RuntimeException e) {
      stop(null, temporal, db, webhook, kafka != null ? kafka : startedOrNull(starting));
      throw e;
    }
    EmbeddedTemporal finalTemporal = temporal;
    EmbeddedDatabase finalDb = db;
    KafkaBroker finalKafka = kafka;
    return new TestSystem(
        app,
        finalDb.jdbcUrl(),
        deliveries,
        kafka.bootstrapServers(),
        () -> stop(app, finalTemporal, finalDb, webhook, finalKafka));
  }

  /** The broker once it has started, to stop it; null when it failed to start (nothing to stop). */
  private static KafkaBroker startedOrNull(CompletableFuture<KafkaBroker> starting) {
    try {
      return starting.join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A bean of the running system, e.g. its Temporal client. */
  <T> T bean(Class<T> type) {
    return app.getBean(type);
  }

  @Override
  public void close() {
    stop.run();
  }

  /** Answers 204 to every POST and keeps what it received. */
  private static HttpServer webhookStub(List<Delivery> deliveries) throws IOException {
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            deliveries.add(
                new Delivery(
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static void stop(
      ConfigurableApplicationContext app,
      EmbeddedTemporal temporal,
      EmbeddedDatabase db,
      HttpServer webhook,
      KafkaBroker kafka) {
    if (app != null) {
      app.close();
    }
    webhook.stop(0);
    try {
      if (kafka != null) {
        kafka.close();
      }
      if (temporal != null) {
        temporal.close();
      }
      if (db != null) {
        db.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code http://127.0.0.1:<port>}: the API and the console. */
  String baseUrl() {
    return baseUrl;
  }

  /** The JDBC URL of the system's database (user and password postgres). */
  String jdbcUrl() {
    return jdbcUrl;
  }

  Api api() {
    return new Api(baseUrl, adminToken);
  }

  /** A client sending {@code token} (one of {@link Api#TOKENS}), or none when null. */
  Api api(String token) {
    return new Api(baseUrl, token);
  }

  WmsHttp http() {
    return new WmsHttp(baseUrl, adminToken);
  }

  /** A demo driver with its own run id, so its SKUs and orders are this test's alone. */
  DemoDriver driver() {
    return new DemoDriver(http(), System.out, UUID.randomUUID().toString().substring(0, 8));
  }

  /** The audit recomputes every balance from the ledger; it must find nothing wrong. */
  static void assertAuditOk(WmsHttp http) {
    JsonNode audit = http.get("/api/v1/audit").body();
    assertThat(audit.get("ok").asBoolean()).as("audit %s", audit).isTrue();
  }

  /** The broker the events are shipped to, {@code 127.0.0.1:port}. */
  String kafkaBootstrapServers() {
    return kafkaBootstrapServers;
  }

  /** Everything the webhook stub has received so far. */
  List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }
}
