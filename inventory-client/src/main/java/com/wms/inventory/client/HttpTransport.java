package com.wms.inventory.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/** JSON over java.net.http, and the one place where HTTP outcomes become client exceptions. */
final class HttpTransport {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Members every problem has; the rest are the problem's extra properties. */
  private static final Set<String> STANDARD_MEMBERS =
      Set.of("type", "title", "status", "detail", "instance", "code");

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final InventoryClientConfig config;
  private final HttpClient http;
  private final ExchangeInterceptor interceptor;
  private final ObjectMapper json;

  HttpTransport(InventoryClientConfig config, ExchangeInterceptor interceptor) {
    this.config = config;
    this.interceptor = interceptor;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .build();
    this.json =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
  }

  <T> T get(String path, String token, Class<T> type) {
    return send(request(path, token).GET().build(), type);
  }

  <T> T post(String path, Object body, String idempotencyKey, String token, Class<T> type) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("every mutation needs an Idempotency-Key");
    }
    HttpRequest request =
        request(path, token)
            .header("Content-Type", "application/json")
            .header(IDEMPOTENCY_KEY, idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : write(body)))
            .build();
    return send(request, type);
  }

  /** One path segment, percent-encoded so an odd id cannot change the path. */
  static String segment(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A request sending {@code token}, or none when it is null. */
  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
            .timeout(config.requestTimeout())
            .header("Accept", "application/json, application/problem+json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private <T> T send(HttpRequest request, Class<T> type) {
    HttpResponse<String> response;
    try {
      response =
          interceptor.intercept(
              request,
              r -> http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (HttpConnectTimeoutException e) {
      throw unavailable("CONNECT_TIMEOUT", "no connection within " + config.connectTimeout(), e);
    } catch (HttpTimeoutException e) {
      throw unavailable("TIMEOUT", "no response within " + config.requestTimeout(), e);
    } catch (ConnectException e) {
      throw unavailable("CONNECTION_FAILED", "cannot connect to " + config.baseUrl(), e);
    } catch (IOException e) {
      throw unavailable("CONNECTION_FAILED", "I/O error talking to " + config.baseUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("INTERRUPTED", "interrupted while waiting for the service", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return read(response, type);
    }
    throw failure(request, response);
  }

  private <T> T read(HttpResponse<String> response, Class<T> type) {
    if (type == Void.class) {
      return null;
    }
    try {
      return json.readValue(response.body(), type);
    } catch (JsonProcessingException e) {
      throw new InventoryUnavailableException(
          response.statusCode(),
          "BAD_RESPONSE",
          "the response is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(),
          e);
    }
  }

  /** 4xx with a code is a refusal; 5xx, 408, 429 and concurrent-update conflicts are transient. */
  private RuntimeException failure(HttpRequest request, HttpResponse<String> response) {
    int status = response.statusCode();
    ObjectNode problem = problem(response.body());
    String code = text(problem, "code", "HTTP_" + status);
    String detail =
        text(
            problem,
            "detail",
            request.method() + " " + request.uri().getPath() + " answered " + status);
    boolean transientFailure =
        status >= 500 || status == 408 || status == 429 || "CONCURRENT_UPDATE".equals(code);
    if (status >= 400 && status < 500 && !transientFailure) {
      return new InventoryProblemException(status, code, detail, properties(problem));
    }
    return new InventoryUnavailableException(status, code, detail, null);
  }

  private ObjectNode problem(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = json.readTree(body);
      return node instanceof ObjectNode o ? o : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private Map<String, Object> properties(ObjectNode problem) {
    if (problem == null) {
      return Map.of();
    }
    ObjectNode extra = problem.deepCopy();
    extra.remove(STANDARD_MEMBERS);
    return json.convertValue(extra, MAP);
  }

  private static String text(ObjectNode node, String field, String fallback) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? fallback : value.asText();
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + body.getClass().getName(), e);
    }
  }

  private static InventoryUnavailableException unavailable(
      String code, String detail, Throwable cause) {
    return new InventoryUnavailableException(0, code, detail, cause);
  }
}
