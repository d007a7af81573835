package com.wms.app.replicas;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The load balancer production puts in front of the replicas, on 127.0.0.1: the order API ({@code
 * /api/v1/orders...} but an order's {@code /inventory} and {@code /ledger}, which are the inventory
 * API's) and the console go to the workers, every other path to the inventory-service replicas,
 * round robin. A backend that refuses the connection (a killed replica) is skipped: the request
 * never reached it, so the next backend takes it. A backend that dies with the request in flight
 * gets the client a 502, and the client sends the request again (its Idempotency-Key, or the order
 * request's own identity, makes that safe); the next try goes to a live backend.
 */
public final class ReplicaBalancer implements AutoCloseable {
  private static final List<String> REQUEST_HEADERS =
      List.of("Content-Type", "Idempotency-Key", "Authorization", "Accept");
  private static final List<String> RESPONSE_HEADERS =
      List.of("Content-Type", "Location", "Retry-After", "Idempotent-Replayed");

  private final Supplier<List<String>> services;
  private final Supplier<List<String>> workers;
  private final AtomicInteger next = new AtomicInteger();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService threads = Executors.newFixedThreadPool(48);
  private final HttpServer server;

  /** A balancer over the base URLs {@code services} and {@code workers} return at each request. */
  public ReplicaBalancer(Supplier<List<String>> services, Supplier<List<String>> workers)
      throws IOException {
    this.services = services;
    this.workers = workers;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}: both APIs behind one address. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      List<String> backends =
          toWorkers(exchange.getRequestURI().getPath()) ? workers.get() : services.get();
      int first = Math.floorMod(next.getAndIncrement(), backends.size());
      for (int i = 0; i < backends.size(); i++) {
        String backend = backends.get((first + i) % backends.size());
        try {
          forward(exchange, backend, body);
          return;
        } catch (ConnectException | HttpConnectTimeoutException e) {
          // Not listening: the request never reached this backend; the next one takes it.
        } catch (IOException e) {
          send(
              exchange, 502, "the replica " + backend + " failed: " + e.getClass().getSimpleName());
          return;
        }
      }
      send(exchange, 503, "no replica accepts connections");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean toWorkers(String path) {
    if (path.startsWith("/console")) {
      return true;
    }
    return (path.equals("/api/v1/orders") || path.startsWith("/api/v1/orders/"))
        && !path.endsWith("/inventory")
        && !path.endsWith("/ledger");
  }

  private void forward(HttpExchange exchange, String backend, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI()))
            .timeout(Duration.ofSeconds(60))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (String h : REQUEST_HEADERS) {
      String v = exchange.getRequestHeaders().getFirst(h);
      if (v != null) {
        request.header(h, v);
      }
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    for (String h : RESPONSE_HEADERS) {
      response.headers().firstValue(h).ifPresent(v -> exchange.getResponseHeaders().set(h, v));
    }
    byte[] answer = response.body();
    exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  private static void send(HttpExchange exchange, int status, String detail) throws IOException {
    byte[] bytes =
        ("{\"status\":" + status + ",\"code\":\"UNAVAILABLE\",\"detail\":\"" + detail + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
