package com.wms.inventory.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A small HTTP client for tests: sends JSON with a bearer token (the admin token unless told
 * otherwise), returns status, headers and the parsed body.
 */
public final class Api {
  /** The test services' token of each role. */
  public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

  public static final String OPERATOR_TOKEN = "test-operator-token-0123456789abcdef";
  public static final String VIEWER_TOKEN = "test-viewer-token-0123456789abcdef";

  /** Two operator tokens of one holder, as during a rotation: they share Idempotency-Keys. */
  public static final String SCANNER_OLD_TOKEN = "test-scanner-old-token-0123456789abcdef";

  public static final String SCANNER_NEW_TOKEN = "test-scanner-new-token-0123456789abcdef";

  /** WMS_API_TOKENS of the services under test: one token per role and the scanner's two. */
  public static final String TOKENS =
      ADMIN_TOKEN
          + "=admin,"
          + OPERATOR_TOKEN
          + "=operator,"
          + VIEWER_TOKEN
          + "=viewer,"
          + SCANNER_OLD_TOKEN
          + "=operator:scanner,"
          + SCANNER_NEW_TOKEN
          + "=operator:scanner";

  /**
   * WMS_RATE_LIMIT of the services under test: none, since tests send as fast as they can with one
   * token; the budgets themselves are tested in wms-security.
   */
  public static final String RATE_LIMIT = "0";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String token;

  /** A client sending the admin token. */
  public Api(String base) {
    this(base, ADMIN_TOKEN);
  }

  /** A client sending {@code token}, or no Authorization header when it is null. */
  public Api(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The same client with another token (null: none). */
  public Api as(String otherToken) {
    return new Api(base, otherToken);
  }

  /** A response as a test sees it. */
  public record Response(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
    public String code() {
      return body == null || body.get("code") == null ? null : body.get("code").asText();
    }
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response post(String path, String json) {
    return post(path, json, null);
  }

  public Response post(String path, String json, String idempotencyKey) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return send(b);
  }

  /**
   * Any request: method, path, body (null for none) and header names and values. The token is added
   * unless the headers name Authorization themselves.
   */
  public Response request(
      String method, String path, HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    boolean authorization = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      authorization |= headers[i].equalsIgnoreCase("Authorization");
    }
    return authorization ? as(null).send(b) : send(b);
  }

  private Response send(HttpRequest.Builder b) {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r =
          HTTP.send(
              b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      String contentType = r.headers().firstValue("Content-Type").orElse("");
      // Only JSON is parsed; other bodies (such as Prometheus text) stay readable via raw().
      boolean json = !r.body().isEmpty() && contentType.contains("json");
      JsonNode body = json ? JSON.readTree(r.body()) : null;
      return new Response(r.statusCode(), contentType, body, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh id with a readable prefix, so tests never collide in the shared database. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
