package com.wms.app.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A reverse proxy on 127.0.0.1 in front of the inventory service that a test can take down: {@link
 * #refuse()} closes the port (connection refused), {@link #unavailable()} answers 503 problem+json,
 * {@link #forward()} passes requests through again.
 */
final class FlakyProxy implements AutoCloseable {
  private static final List<String> HEADERS =
      List.of("Content-Type", "Idempotency-Key", "Authorization", "Accept");

  private final String target;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private volatile boolean unavailable;
  private HttpServer server;

  FlakyProxy(String target) throws IOException {
    this.target = target;
    this.server = open(0);
    this.port = server.getAddress().getPort();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  synchronized void refuse() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  synchronized void unavailable() throws IOException {
    unavailable = true;
    if (server == null) {
      server = open(port);
    }
  }

  synchronized void forward() throws IOException {
    unavailable = false;
    if (server == null) {
      server = open(port);
    }
  }

  private HttpServer open(int onPort) throws IOException {
    HttpServer s =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 64);
    s.createContext("/", this::handle);
    s.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
    s.start();
    return s;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (unavailable) {
        send(exchange, 503, "{\"status\":503,\"code\":\"UNAVAILABLE\",\"detail\":\"proxy down\"}");
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
              .timeout(Duration.ofSeconds(30))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      for (String h : HEADERS) {
        String v = exchange.getRequestHeaders().getFirst(h);
        if (v != null) {
          request.header(h, v);
        }
      }
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response
          .headers()
          .firstValue("Content-Type")
          .ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
      exchange.sendResponseHeaders(
          response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public synchronized void close() {
    refuse();
  }
}
