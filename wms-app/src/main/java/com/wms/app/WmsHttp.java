package com.wms.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the demo: any status is returned, never thrown. */
final class WmsHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A client of {@code base} sending {@code token} as bearer token (none when null). */
  WmsHttp(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  record Reply(int status, JsonNode body) {
    boolean ok() {
      return status / 100 == 2;
    }

    String text(String field) {
      return body == null || body.get(field) == null ? null : body.get(field).asText();
    }
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply post(String path, Object body) {
    try {
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int MAX_RATE_LIMITED = 20;

  private static long retryAfterMillis(HttpResponse<String> r) {
    try {
      long seconds = Long.parseLong(r.headers().firstValue("Retry-After").orElse("1").strip());
      return Math.min(Math.max(seconds, 1), 10) * 1000;
    } catch (NumberFormatException e) {
      return 1000;
    }
  }

  /** The body as JSON, or null when it is empty or not JSON (such as another server's page). */
  private static JsonNode json(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private Reply send(HttpRequest.Builder request) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
      // Over the token's budget (WMS_RATE_LIMIT): wait as told and send again; nothing ran.
      for (int attempt = 1; r.statusCode() == 429 && attempt <= MAX_RATE_LIMITED; attempt++) {
        Thread.sleep(retryAfterMillis(r));
        r = http.send(built, HttpResponse.BodyHandlers.ofString());
      }
      return new Reply(r.statusCode(), json(r.body()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + base + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
