package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many orders at once on few SKUs with more demand than stock: nothing is oversold, every order
 * ends, and the units the orders say they shipped are exactly the units that left the inventory.
 */
class ConcurrentOrdersIT {
  private static final int ORDERS = 50;
  private static final int UNITS_PER_SKU = 20;
  private static final Duration BOUND = Duration.ofMinutes(2);

  private final WmsHttp http = TestSystem.get().http();
  private final DemoDriver driver = TestSystem.get().driver();

  @Test
  void fiftyConcurrentOrdersNeverOversellAndShipExactlyWhatTheInventoryShipped() throws Exception {
    driver.seed(UNITS_PER_SKU);
    List<String> skus = List.of(driver.sku("A"), driver.sku("B"), driver.sku("C"));
    long seed = System.nanoTime();
    Map<String, Map<String, Integer>> orders = randomOrders(new Random(seed), skus);

    placeAllAtOnce(orders);
    Map<String, JsonNode> done = driveUntilAllDone(orders.keySet());

    Map<String, Long> shippedByOrders = new HashMap<>();
    for (JsonNode order : done.values()) {
      String status = order.get("status").asText();
      assertThat(status).as("seed %s: %s", seed, order).isIn("shipped", "rejected");
      for (JsonNode line : order.get("lines")) {
        long shipped = line.get("shipped").asLong();
        if ("shipped".equals(status)) {
          assertThat(shipped)
              .as("seed %s: %s", seed, order)
              .isEqualTo(line.get("requested").asLong());
        } else {
          assertThat(shipped).as("seed %s: %s", seed, order).isZero();
        }
        shippedByOrders.merge(line.get("sku").asText(), shipped, Long::sum);
      }
    }
    assertThat(done.values())
        .extracting(o -> o.get("status").asText())
        .contains("shipped", "rejected");
    for (String sku : skus) {
      Balances b = Balances.of(http, sku);
      assertThat(b.shipped())
          .as("seed %s: %s shipped", seed, sku)
          .isLessThanOrEqualTo(UNITS_PER_SKU);
      assertThat(b.shipped())
          .as("seed %s: %s", seed, sku)
          .isEqualTo(shippedByOrders.getOrDefault(sku, 0L));
      assertThat(b)
          .as("seed %s: %s", seed, sku)
          .isEqualTo(Balances.settled(UNITS_PER_SKU - b.shipped(), b.shipped(), 0));
    }
    TestSystem.assertAuditOk(http);
  }

  /** Orders of one or two SKUs, 1 to 3 units each: about 150 units wanted for 60 in stock. */
  private Map<String, Map<String, Integer>> randomOrders(Random random, List<String> skus) {
    Map<String, Map<String, Integer>> orders = new LinkedHashMap<>();
    for (int i = 0; i < ORDERS; i++) {
      Map<String, Integer> lines = new LinkedHashMap<>();
      int lineCount = 1 + random.nextInt(2);
      while (lines.size() < lineCount) {
        lines.put(skus.get(random.nextInt(skus.size())), 1 + random.nextInt(3));
      }
      orders.put(driver.orderId("c" + i), lines);
    }
    return orders;
  }

  private void placeAllAtOnce(Map<String, Map<String, Integer>> orders) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(orders.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<WmsHttp.Reply>> replies = new ArrayList<>();
      orders.forEach(
          (id, lines) ->
              replies.add(
                  pool.submit(
                      () -> {
                        go.await();
                        return http.post("/api/v1/orders", order(id, lines));
                      })));
      go.countDown();
      for (Future<WmsHttp.Reply> reply : replies) {
        WmsHttp.Reply r = reply.get();
        assertThat(r.status()).as("place: %s", r.body()).isEqualTo(202);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Object> order(String id, Map<String, Integer> lines) {
    List<Map<String, Object>> items = new ArrayList<>();
    lines.forEach((sku, q) -> items.add(Map.of("sku", sku, "quantity", q)));
    return Map.of("orderId", id, "customerId", "CUST-concurrent", "items", items);
  }

  /**
   * Plays picker and packer: picks everything an order has reserved once it waits in picking,
   * reports it packed once it waits in packing, until every order is done or the bound passes.
   */
  private Map<String, JsonNode> driveUntilAllDone(Iterable<String> ids) {
    List<String> open = new ArrayList<>();
    ids.forEach(open::add);
    Map<String, JsonNode> done = new LinkedHashMap<>();
    Set<String> picked = new HashSet<>();
    Set<String> packed = new HashSet<>();
    Instant deadline = Instant.now().plus(BOUND);
    while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
      for (String id : List.copyOf(open)) {
        JsonNode v = http.get("/api/v1/orders/" + id).body();
        String stage = v.get("stage").asText();
        if (DemoDriver.terminal(v.get("status").asText()) && "done".equals(stage)) {
          done.put(id, v);
          open.remove(id);
        } else if ("picking".equals(stage) && !picked.contains(id)) {
          pickEverythingReserved(id);
          picked.add(id);
        } else if ("packing".equals(stage) && !packed.contains(id)) {
          driver.packed(id);
          packed.add(id);
        }
      }
      sleep(100);
    }
    assertThat(open).as("orders not done within %s", BOUND).isEmpty();
    return done;
  }

  private void pickEverythingReserved(String id) {
    JsonNode reservations =
        http.get("/api/v1/orders/" + id + "/inventory").body().get("reservations");
    Map<List<String>, Long> units = new LinkedHashMap<>();
    for (JsonNode r : reservations) {
      if ("active".equals(r.get("status").asText())) {
        units.merge(
            List.of(r.get("sku").asText(), r.get("locationId").asText()),
            r.get("reservedQuantity").asLong(),
            Long::sum);
      }
    }
    List<Map<String, Object>> pickedItems = new ArrayList<>();
    units.forEach(
        (skuAndLocation, quantity) ->
            pickedItems.add(
                Map.of(
                    "sku",
                    skuAndLocation.get(0),
                    "locationId",
                    skuAndLocation.get(1),
                    "quantity",
                    quantity,
                    "toteId",
                    "T-1")));
    WmsHttp.Reply r =
        http.post(
            "/api/v1/orders/" + id + "/pick-completed",
            Map.of("pickerId", "picker-c", "pickedItems", pickedItems, "shortItems", List.of()));
    assertThat(r.status()).as("pick-completed %s: %s", id, r.body()).isEqualTo(200);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
