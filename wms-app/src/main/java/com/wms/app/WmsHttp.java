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
import java.time.Instant;
import java.util.Set;

/**
 * A small JSON-over-HTTP client for the demo: any status is returned, never thrown. Every request
 * the demo sends is safe to repeat (an Idempotency-Key, an order id, or an order request whose
 * update id is its body's digest), so a client with an outage budget sends a request again while
 * the server is unreachable or answers 502, 503 or 504, as a client behind a load balancer does
 * when a replica dies under it.
 */
final class WmsHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration NO_OUTAGE = Duration.ZERO;

  private final String base;
  private final String token;
  private final Duration outageBudget;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A client of {@code base} sending {@code token} as bearer token (none when null). */
  WmsHttp(String base, String token) {
    this(base, token, NO_OUTAGE);
  }

  private WmsHttp(String base, String token, Duration outageBudget) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
    this.outageBudget = outageBudget;
  }

  /**
   * The same client, sending a request again for up to {@code budget} while the server cannot be
   * reached or answers 502, 503 or 504.
   */
  WmsHttp withOutageBudget(Duration budget) {
    return new WmsHttp(base, token, budget);
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
    return post(path, body, null);
  }

  /** A POST with an Idempotency-Key (none when null). */
  Reply post(String path, Object body, String idempotencyKey) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      if (idempotencyKey != null) {
        request.header("Idempotency-Key", idempotencyKey);
      }
      return send(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int MAX_RATE_LIMITED = 20;
  private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

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
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    Instant giveUp = Instant.now().plus(outageBudget);
    long pause = 100;
    try {
      while (true) {
        try {
          HttpResponse<String> r = sendRateLimited(built);
          if (!UNAVAILABLE.contains(r.statusCode()) || Instant.now().isAfter(giveUp)) {
            return new Reply(r.statusCode(), json(r.body()));
          }
        } catch (IOException e) {
          if (Instant.now().isAfter(giveUp)) {
            throw new UncheckedIOException("cannot reach " + base + ": " + e.getMessage(), e);
          }
        }
        Thread.sleep(pause);
        pause = Math.min(pause * 2, 2_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> sendRateLimited(HttpRequest built)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
    // Over the token's budget (WMS_RATE_LIMIT): wait as told and send again; nothing ran.
    for (int attempt = 1; r.statusCode() == 429 && attempt <= MAX_RATE_LIMITED; attempt++) {
      Thread.sleep(retryAfterMillis(r));
      r = http.send(built, HttpResponse.BodyHandlers.ofString());
    }
    return r;
  }
}
