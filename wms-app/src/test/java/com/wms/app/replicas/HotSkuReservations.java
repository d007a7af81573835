package com.wms.app.replicas;

import com.wms.inventory.service.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that reserve one unit of one hot SKU at a time, each for an order of its own, as fast as
 * they can, through a load balancer, so that each service replica's group-commit lane of that SKU
 * fills. A request that gets no answer, a 502, 503 or 504 is sent again with its Idempotency-Key
 * (to whichever replica the balancer picks) until it is answered 200 or refused 422; {@link
 * #answers()} holds each order's final status, {@link #unexpected()} any other answer (a 500 would
 * be a bug: a failed database session is a 503).
 */
final class HotSkuReservations {
  private static final Set<Integer> FINAL = Set.of(200, 422);
  private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);
  private static final Duration GIVE_UP = Duration.ofSeconds(120);

  private final String url;
  private final String sku;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, Integer> answers = new ConcurrentHashMap<>();
  private final AtomicInteger resent = new AtomicInteger();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService clients;

  private HotSkuReservations(String url, String sku, int n) {
    this.url = url;
    this.sku = sku;
    this.clients = Executors.newFixedThreadPool(n);
  }

  static HotSkuReservations start(String baseUrl, String sku, int clients) {
    HotSkuReservations load = new HotSkuReservations(baseUrl, sku, clients);
    for (int c = 0; c < clients; c++) {
      load.clients.submit(load::loop);
    }
    return load;
  }

  private void loop() {
    while (!stop.get()) {
      String order = "HOT-" + sequence.incrementAndGet();
      answers.put(order, reserveUntilAnswered(order));
    }
  }

  private int reserveUntilAnswered(String order) {
    String body =
        "{\"orderId\":\"" + order + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/api/v1/inventory/reserve"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "reserve:" + order)
            .header("Authorization", "Bearer " + Api.OPERATOR_TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    Instant giveUp = Instant.now().plus(GIVE_UP);
    int status = -1;
    while (Instant.now().isBefore(giveUp)) {
      try {
        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (FINAL.contains(status)) {
          return status;
        }
        if (!UNAVAILABLE.contains(status)) {
          unexpected.add(order + " answered " + status);
        }
      } catch (IOException e) {
        status = -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return status;
      }
      resent.incrementAndGet();
      pause();
    }
    return status;
  }

  /** Stops sending new reservations and waits for those in flight. */
  void stopAndAwait() throws InterruptedException {
    stop.set(true);
    clients.shutdown();
    if (!clients.awaitTermination(GIVE_UP.toSeconds() + 10, TimeUnit.SECONDS)) {
      throw new AssertionError("hot-SKU clients did not finish");
    }
  }

  /** Each order's final answer: 200 (reserved), 422 (refused), or what it had when giving up. */
  Map<String, Integer> answers() {
    return Map.copyOf(answers);
  }

  /** Answers other than 200, 422, 502, 503 and 504 (a 500, say), each sent again. */
  List<String> unexpected() {
    return List.copyOf(unexpected);
  }

  /** Requests sent again after no answer, a 502, 503 or 504. */
  int resent() {
    return resent.get();
  }

  int acknowledged() {
    return (int) answers.values().stream().filter(s -> s == 200).count();
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
