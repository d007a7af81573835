package com.wms.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Whether this process traces, from the standard OpenTelemetry variables: tracing is on when an
 * OTLP endpoint is set ({@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} or {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT}, unless {@code OTEL_TRACES_EXPORTER=none} or {@code
 * OTEL_SDK_DISABLED=true}), or when {@code management.tracing.enabled=true} is set explicitly (e.g.
 * by a test with its own span exporter). Off, the tracing auto-configurations are not loaded at
 * all, so no request creates a span, a scope or a JDBC proxy.
 *
 * @param enabled whether spans are made
 *     <p>Export is OTLP over HTTP (protobuf, a collector's port 4318), sent with the JDK's HTTP
 *     client; {@code OTEL_EXPORTER_OTLP_PROTOCOL=grpc} is refused with a message rather than
 *     failing later.
 * @param endpoint the OTLP/HTTP traces endpoint, or null for no OTLP export
 * @param headers headers sent with every export, e.g. an API key
 * @param probability share of new traces that are sampled ({@code OTEL_TRACES_SAMPLER_ARG}, 1.0)
 */
record TracingSettings(
    boolean enabled, String endpoint, Map<String, String> headers, double probability) {

  static final String ENABLED = "management.tracing.enabled";

  /** Everything Spring Boot would trace with; none of it loads while tracing is off. */
  static final List<String> TRACING_AUTO_CONFIGURATIONS =
      List.of(
          "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
          "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
          "org.springframework.boot.actuate.autoconfigure.tracing.NoopTracerAutoConfiguration",
          "org.springframework.boot.actuate.autoconfigure.tracing.otlp.OtlpTracingAutoConfiguration",
          "org.springframework.boot.actuate.autoconfigure.tracing.prometheus.PrometheusExemplarsAutoConfiguration",
          "net.ttddyy.observation.boot.autoconfigure.DataSourceObservationAutoConfiguration");

  /** Reads the settings; {@code property} looks up an environment variable or a property. */
  static TracingSettings from(Function<String, String> property) {
    String endpoint = first(property, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", null);
    String protocol =
        first(property, "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL");
    if (protocol != null && !protocol.equalsIgnoreCase("http/protobuf")) {
      throw new IllegalArgumentException(
          "OTEL_EXPORTER_OTLP_PROTOCOL "
              + protocol
              + " is not supported: the WMS exports OTLP over HTTP (http/protobuf, port 4318)");
    }
    if (endpoint == null) {
      String base = first(property, "OTEL_EXPORTER_OTLP_ENDPOINT", null);
      if (base != null) {
        // The base endpoint names the collector; OTLP/HTTP posts traces to its /v1/traces.
        endpoint = strip(base) + "/v1/traces";
      }
    }
    boolean exportOff =
        "none".equalsIgnoreCase(first(property, "OTEL_TRACES_EXPORTER", null))
            || "true".equalsIgnoreCase(first(property, "OTEL_SDK_DISABLED", null));
    if (exportOff) {
      endpoint = null;
    }
    String explicit = property.apply(ENABLED);
    boolean enabled = explicit != null ? Boolean.parseBoolean(explicit.strip()) : endpoint != null;
    String headers =
        first(property, "OTEL_EXPORTER_OTLP_TRACES_HEADERS", "OTEL_EXPORTER_OTLP_HEADERS");
    String ratio = first(property, "OTEL_TRACES_SAMPLER_ARG", null);
    return new TracingSettings(
        enabled,
        enabled ? endpoint : null,
        headers(headers),
        ratio == null ? 1.0 : Double.parseDouble(ratio.strip()));
  }

  /** The Spring Boot properties that say the same. */
  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(ENABLED, enabled);
    if (!enabled) {
      return p;
    }
    p.put("management.tracing.sampling.probability", probability);
    // Connection and statement spans; one span per fetched row set would only add noise.
    p.put("jdbc.includes", "connection,query");
    if (endpoint != null) {
      p.put("management.otlp.tracing.endpoint", endpoint);
      p.put("management.otlp.tracing.transport", "http");
      headers.forEach((k, v) -> p.put("management.otlp.tracing.headers." + k, v));
    }
    return p;
  }

  private static String first(Function<String, String> property, String name, String fallback) {
    String value = property.apply(name);
    if ((value == null || value.isBlank()) && fallback != null) {
      value = property.apply(fallback);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String strip(String url) {
    String u = url;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /** {@code key=value,key2=value2}, as the OpenTelemetry variables write them. */
  private static Map<String, String> headers(String raw) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (raw == null) {
      return headers;
    }
    for (String pair : raw.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        headers.put(
            pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
      }
    }
    return headers;
  }
}
