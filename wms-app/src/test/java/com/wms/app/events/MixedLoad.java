package com.wms.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Stock;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded mixed load over several service replicas, as the warehouse makes it: orders reserved
 * and then shipped, cancelled, returned to the shelf after staging, or cut by a shortage; receipts
 * and cycle counts. Writer {@code i} talks to replica {@code i % n}; a request that finds its
 * replica gone or failing goes to the next one with the same Idempotency-Key, so a kill -9 changes
 * nothing but the route.
 */
final class MixedLoad {
  private final List<Api> replicas;
  private final List<String> skus;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rerouted = new AtomicLong();
  private final AtomicInteger keys = new AtomicInteger();

  MixedLoad(List<Api> replicas, List<String> skus) {
    this.replicas = replicas;
    this.skus = skus;
  }

  /** Runs {@code writers} writers for {@code duration}; returns the number of requests sent. */
  long run(int writers, Duration duration) throws Exception {
    Instant end = Instant.now().plus(duration);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Object>> running =
          java.util.stream.IntStream.range(0, writers)
              .mapToObj(
                  w ->
                      pool.submit(
                          () -> {
                            Random random = new Random(w);
                            while (Instant.now().isBefore(end)) {
                              step(w, random);
                            }
                            return (Object) null;
                          }))
              .toList();
      for (Future<Object> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    return requests.get();
  }

  /** How many requests had to go to another replica than their writer's. */
  long rerouted() {
    return rerouted.get();
  }

  private void step(int writer, Random random) {
    int dice = random.nextInt(100);
    String sku = skus.get(random.nextInt(skus.size()));
    if (dice < 15) {
      send(
          writer,
          "/api/v1/inventory/" + sku + "/receive",
          Stock.json(
              "locationId",
              random.nextBoolean() ? "A-01" : "B-01",
              "quantity",
              1 + random.nextInt(20),
              "referenceId",
              "PO-" + writer));
    } else if (dice < 25) {
      int delta = random.nextBoolean() ? 1 + random.nextInt(3) : -(1 + random.nextInt(3));
      send(
          writer,
          "/api/v1/inventory/" + sku + "/adjust",
          Stock.json(
              "locationId",
              "A-01",
              "delta",
              delta,
              "reason",
              "cycle count",
              "createdBy",
              "counter-" + writer));
    } else {
      order(writer, random);
    }
  }

  private void order(int writer, Random random) {
    String order = "LOAD-" + writer + "-" + keys.incrementAndGet();
    String first = skus.get(random.nextInt(skus.size()));
    String second = skus.get(random.nextInt(skus.size()));
    Object lines =
        random.nextBoolean()
            ? List.of(Stock.line(first, 1 + random.nextInt(3)))
            : List.of(Stock.line(first, 1 + random.nextInt(2)), Stock.line(second, 1));
    Api.Response reserved =
        send(writer, "/api/v1/inventory/reserve", Stock.json("orderId", order, "items", lines));
    if (reserved.status() != 200) {
      return;
    }
    int outcome = random.nextInt(100);
    if (outcome < 30) {
      send(writer, "/api/v1/inventory/release/" + order, null);
      return;
    }
    for (JsonNode r : reserved.body().get("reservations")) {
      String sku = r.get("sku").asText();
      String location = r.get("locationId").asText();
      long quantity = r.get("quantity").asLong();
      if (outcome >= 85) {
        send(
            writer,
            "/api/v1/inventory/" + sku + "/shortage",
            Stock.json(
                "locationId",
                location,
                "orderId",
                order,
                "expectedQty",
                2,
                "actualQty",
                1,
                "reason",
                "damaged",
                "reportedBy",
                "picker-" + writer));
        continue;
      }
      send(
          writer,
          "/api/v1/inventory/" + sku + "/pick",
          Stock.json(
              "orderId",
              order,
              "locationId",
              location,
              "quantity",
              quantity,
              "createdBy",
              "picker-" + writer));
      Api.Response staged =
          send(
              writer,
              "/api/v1/inventory/" + sku + "/stage",
              Stock.json(
                  "reservationId",
                  r.get("reservationId").asText(),
                  "stagingLocationId",
                  "STAGE-1",
                  "stagedBy",
                  "stager-" + writer));
      if (staged.status() != 200) {
        continue;
      }
      String allocation = Stock.json("allocationId", staged.body().get("allocationId").asText());
      if (outcome < 70) {
        send(writer, "/api/v1/inventory/" + sku + "/pack", allocation);
        send(writer, "/api/v1/inventory/" + sku + "/ship", allocation);
      } else {
        send(
            writer,
            "/api/v1/inventory/" + sku + "/return-to-shelf",
            Stock.json(
                "allocationId",
                staged.body().get("allocationId").asText(),
                "returnedBy",
                "packer-" + writer,
                "reason",
                "damaged box"));
      }
    }
    if (outcome >= 85) {
      send(writer, "/api/v1/inventory/release/" + order, null);
    }
  }

  /**
   * POSTs with a fresh Idempotency-Key to the writer's replica, and on a connection error or a 5xx
   * to the next replicas with the same key.
   */
  private Api.Response send(int writer, String path, String json) {
    String key = "load-" + keys.incrementAndGet();
    RuntimeException last = null;
    for (int attempt = 0; attempt < 2 * replicas.size(); attempt++) {
      Api api = replicas.get((writer + attempt) % replicas.size());
      if (attempt > 0) {
        rerouted.incrementAndGet();
      }
      try {
        requests.incrementAndGet();
        Api.Response r = api.post(path, json, key);
        if (r.status() < 500) {
          return r;
        }
        last = new IllegalStateException(path + " answered " + r.status() + " " + r.body());
      } catch (UncheckedIOException e) {
        last = e;
      }
      pause(200);
    }
    throw last;
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
