package com.wms.app.config;

import static com.wms.app.config.Use.AUDIT;
import static com.wms.app.config.Use.DEMO;
import static com.wms.app.config.Use.DEV;
import static com.wms.app.config.Use.INVENTORY_SERVICE;
import static com.wms.app.config.Use.SOAK;
import static com.wms.app.config.Use.WORKER;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every environment variable a {@code wms} command reads, with its kind: the one list that every
 * command checks before it starts anything. A new setting is one line here (and one row in the
 * README's configuration table); a new kind of value is one constant in {@link Kind}.
 */
public final class Settings {
  /** The three servers: dev runs the inventory service and the worker in one process. */
  static final Set<Use> SERVERS = EnumSet.of(DEV, INVENTORY_SERVICE, WORKER);

  /** The inventory service, alone or inside dev. */
  static final Set<Use> INVENTORY = EnumSet.of(DEV, INVENTORY_SERVICE);

  /** The worker and order API, alone or inside dev. */
  static final Set<Use> ORDERS = EnumSet.of(DEV, WORKER);

  /** What dev sets itself (its own database, Temporal and inventory service). */
  static final Set<Use> PRODUCTION = EnumSet.of(INVENTORY_SERVICE, WORKER);

  /** The commands that drive a running server over HTTP. */
  static final Set<Use> CLIENTS = EnumSet.of(DEMO, SOAK);

  static final List<Setting> ALL =
      List.of(
          Setting.of("SERVER_PORT", Kind.PORT, "8080", union(SERVERS, CLIENTS)),
          Setting.of("SERVER_ADDRESS", Kind.HOST, "127.0.0.1", SERVERS),
          Setting.of(
              "WMS_DB_URL",
              Kind.POSTGRES_URL,
              "jdbc:postgresql://db.example:5432/wms",
              union(PRODUCTION, EnumSet.of(AUDIT))),
          Setting.of("WMS_DB_POOL_SIZE", Kind.POSITIVE_INT, "16", SERVERS),
          Setting.secret(
              "WMS_API_TOKENS", Kind.API_TOKENS, "\"$(openssl rand -hex 24)=admin\"", SERVERS),
          Setting.of("WMS_AUTH_DISABLED", Kind.BOOLEAN, "false", SERVERS),
          // Its path is no secret, but a message never echoes what a *TOKEN* variable holds.
          Setting.secret(
              "WMS_API_TOKENS_FILE", Kind.API_TOKENS_FILE, "/etc/wms/api-tokens", SERVERS),
          Setting.of("WMS_RATE_LIMIT", Kind.REQUESTS_PER_SECOND, "100", SERVERS),
          Setting.of("WMS_RATE_LIMIT_WORKER", Kind.REQUESTS_PER_SECOND, "1000", SERVERS),
          Setting.of("WMS_CORS_ALLOWED_ORIGINS", Kind.ORIGINS, "https://ops.example.com", SERVERS),
          Setting.of(
              "WMS_CONTENT_SECURITY_POLICY", Kind.HEADER_VALUE, "\"default-src 'self'\"", SERVERS),
          Setting.secret(
              "WMS_INVENTORY_TOKEN",
              Kind.API_TOKEN,
              "\"$(openssl rand -hex 24)\"",
              EnumSet.of(WORKER)),
          Setting.secret("WMS_API_TOKEN", Kind.API_TOKEN, "\"$(cat .wms/dev-token)\"", CLIENTS),
          Setting.of("WMS_RESERVATION_TTL", Kind.DURATION, "PT24H", INVENTORY),
          Setting.of("WMS_SWEEP_INTERVAL", Kind.DURATION, "PT30S", INVENTORY),
          Setting.of("WMS_IDEMPOTENCY_RETENTION", Kind.DURATION, "P30D", INVENTORY),
          Setting.of("WMS_KEY_PURGE_INTERVAL", Kind.DURATION, "PT1H", INVENTORY),
          Setting.of("WMS_GROUP_COMMIT_MAX_BATCH", Kind.POSITIVE_INT, "64", INVENTORY),
          Setting.of("WMS_AUDIT_INTERVAL", Kind.DURATION, "PT1H", INVENTORY),
          Setting.of("WMS_LOG_FORMAT", Kind.oneOf("text", "json"), "json", SERVERS),
          Setting.of(
              "OTEL_EXPORTER_OTLP_ENDPOINT", Kind.HTTP_URL, "http://collector:4318", SERVERS),
          Setting.of(
              "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
              Kind.HTTP_URL,
              "http://collector:4318/v1/traces",
              SERVERS),
          Setting.of(
              "OTEL_EXPORTER_OTLP_PROTOCOL", Kind.oneOf("http/protobuf"), "http/protobuf", SERVERS),
          Setting.of("OTEL_TRACES_SAMPLER_ARG", Kind.RATIO, "0.25", SERVERS),
          Setting.of("TEMPORAL_ADDRESS", Kind.HOST_PORT, "127.0.0.1:7233", EnumSet.of(WORKER)),
          Setting.of(
              "TEMPORAL_TLS_CERT", Kind.FILE, "/etc/wms/temporal-client.pem", EnumSet.of(WORKER)),
          Setting.of(
              "TEMPORAL_TLS_KEY", Kind.FILE, "/etc/wms/temporal-client.key", EnumSet.of(WORKER)),
          Setting.of(
              "WMS_INVENTORY_URL", Kind.HTTP_URL, "http://inventory:8080", EnumSet.of(WORKER)),
          Setting.of("WMS_INVENTORY_CONNECT_TIMEOUT", Kind.ISO_DURATION_OR_MILLIS, "PT5S", ORDERS),
          Setting.of("WMS_INVENTORY_REQUEST_TIMEOUT", Kind.ISO_DURATION_OR_MILLIS, "PT10S", ORDERS),
          Setting.of("WMS_INVENTORY_OUTAGE_BUDGET", Kind.DURATION, "PT60S", ORDERS),
          Setting.of("WMS_WEBHOOK_URL", Kind.HTTP_URL, "https://hooks.example/wms", ORDERS),
          Setting.of("WMS_PICK_TIMEOUT", Kind.DURATION, "PT30M", ORDERS),
          Setting.of("WMS_SHORTAGE_THRESHOLD", Kind.RATIO, "0.5", ORDERS),
          Setting.of("WMS_REVIEW_TIMEOUT", Kind.DURATION, "PT72H", ORDERS),
          Setting.of("WMS_STAGING_LOCATION", Kind.LOCATION, "STAGING", ORDERS),
          Setting.of("WMS_WORKER_ENABLED", Kind.BOOLEAN, "true", ORDERS),
          Setting.of(
              "WMS_KAFKA_BOOTSTRAP_SERVERS",
              Kind.HOST_PORT_LIST,
              "kafka1:9092,kafka2:9092",
              SERVERS),
          Setting.of("WMS_KAFKA_PROPERTIES_FILE", Kind.FILE, "/etc/wms/kafka.properties", SERVERS),
          Setting.of("WMS_EVENTS_RELAY_ENABLED", Kind.BOOLEAN, "true", SERVERS),
          Setting.of("WMS_EVENTS_POLL_INTERVAL", Kind.DURATION, "PT0.05S", SERVERS),
          Setting.of("WMS_EVENTS_RETENTION", Kind.DURATION, "P7D", SERVERS),
          Setting.of("WMS_EVENTS_PURGE_INTERVAL", Kind.DURATION, "PT1H", SERVERS));

  private Settings() {}

  /** One line per variable that {@code use} reads and {@code env} sets wrongly. */
  public static List<String> problems(Use use, Map<String, String> env) {
    return ALL.stream()
        .filter(s -> s.readBy().contains(use))
        .map(s -> s.problem(env))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Set<Use> union(Set<Use> a, Set<Use> b) {
    EnumSet<Use> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }
}
