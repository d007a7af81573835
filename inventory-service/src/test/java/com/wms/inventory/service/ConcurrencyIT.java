package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Concurrently;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Many requests at once on one hot SKU: every unit is promised, picked and staged at most once. */
class ConcurrencyIT extends InventoryServiceIT {

  @Test
  void sixtyFourThreadsReservingOneUnitEachGetExactlyTheTwentyUnitsThere() {
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 12, "B-1", 8);
    String prefix = Api.unique("ORD");

    List<Api.Response> responses =
        Concurrently.run(64, i -> stock.reserve(prefix + "-" + i, sku, 1));

    assertThat(outcomes(responses)).isEqualTo(Map.of("200", 20L, "422 INSUFFICIENT_STOCK", 44L));
    assertThat(stock.balances(sku)).isEqualTo("reserved=20 onHand=20 received=20");
    assertThat(stock.shelves(sku))
        .containsExactly("A-1 available=0 reserved=12", "B-1 available=0 reserved=8");
    assertThat(stock.item(sku).reservations()).hasSize(20);
    assertThat(stock.movements(sku)).filteredOn(m -> m.startsWith("reserve:")).hasSize(20);
    stock.assertAuditOk();
  }

  @Test
  void manyThreadsPickingOneOrdersReservationNeverPickMoreThanReserved() {
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 30);
    String order = Api.unique("ORD");
    stock.reserveOne(order, sku, 10);

    List<Api.Response> responses = Concurrently.run(32, i -> stock.pick(sku, order, "A-1", 1));

    assertThat(outcomes(responses)).isEqualTo(Map.of("200", 10L, "422 OVERPICK", 22L));
    assertThat(stock.balances(sku)).isEqualTo("available=20 picked=10 onHand=30 received=30");
    assertThat(stock.order(order).reservations())
        .extracting(ReservationView::reservedQuantity, ReservationView::pickedQuantity)
        .containsExactly(tuple(0L, 10L));
    stock.assertAuditOk();
  }

  @Test
  void manyThreadsStagingOneReservationMakeExactlyOneAllocation() {
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 6);
    Stock.ok(stock.pick(sku, order, "A-1", 6));

    List<Api.Response> responses =
        Concurrently.run(
            24,
            i ->
                stock
                    .api()
                    .post(
                        "/api/v1/inventory/" + sku + "/stage",
                        Stock.stageBody(reservation),
                        Api.unique("stage-key")));

    assertThat(outcomes(responses)).isEqualTo(Map.of("200", 1L, "409 INVALID_STATE", 23L));
    assertThat(stock.order(order).allocations())
        .extracting(AllocationView::quantity, AllocationView::status)
        .containsExactly(tuple(6L, "staged"));
    assertThat(stock.balances(sku)).isEqualTo("available=4 staged=6 onHand=10 received=10");
    stock.assertAuditOk();
  }

  @Test
  void pickersAndStagersRacingOnOneReservationNeverCountAUnitTwice() {
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 8);

    List<Api.Response> responses =
        Concurrently.run(
            24, i -> i % 6 == 5 ? stock.stage(sku, reservation) : stock.pick(sku, order, "A-1", 1));

    List<AllocationView> allocations = stock.order(order).allocations();
    assertThat(allocations).hasSize(1);
    long staged = allocations.get(0).quantity();
    // Whatever raced, the reservation's 8 units are either staged or back on the shelf.
    assertThat(stock.balances(sku))
        .isEqualTo("available=" + (10 - staged) + " staged=" + staged + " onHand=10 received=10");
    assertThat(responses)
        .allSatisfy(r -> assertThat(r.status()).as(r.raw().body()).isIn(200, 404, 409, 422));
    stock.assertAuditOk();
  }

  @Test
  void shipAndReturnRacingOnOnePackedAllocationLetExactlyOneWin() {
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 5);
    String order = Api.unique("ORD");
    String allocation = stock.staged(sku, stock.reserveOne(order, sku, 5));
    Stock.ok(stock.pack(sku, allocation));

    List<Api.Response> responses =
        Concurrently.run(
            16,
            i -> i % 2 == 0 ? stock.ship(sku, allocation) : stock.returnToShelf(sku, allocation));

    assertThat(outcomes(responses)).isEqualTo(Map.of("200", 1L, "409 INVALID_STATE", 15L));
    String status = stock.order(order).allocations().get(0).status();
    assertThat(stock.balances(sku))
        .isEqualTo(
            status.equals("shipped") ? "received=5 shipped=5" : "available=5 onHand=5 received=5");
    stock.assertAuditOk();
  }

  @Test
  void multiLineReservationsLockingSkusInOppositeOrdersDoNotDeadlock() {
    Stock stock = stock();
    String first = stock.stockedSku("HOT", "A-1", 100);
    String second = stock.stockedSku("HOT", "A-1", 100);
    String prefix = Api.unique("ORD");

    List<Api.Response> responses =
        Concurrently.run(
            32,
            i ->
                i % 2 == 0
                    ? stock.reserve(prefix + "-" + i, first, 1, second, 2)
                    : stock.reserve(prefix + "-" + i, second, 2, first, 1));

    assertThat(outcomes(responses)).isEqualTo(Map.of("200", 32L));
    assertThat(stock.balances(first)).isEqualTo("available=68 reserved=32 onHand=100 received=100");
    assertThat(stock.balances(second))
        .isEqualTo("available=36 reserved=64 onHand=100 received=100");
    stock.assertAuditOk();
  }

  @Test
  void concurrentReservesAndReleasesOnAHotSkuEndWhereTheyStarted() {
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 7, "B-1", 5);
    String prefix = Api.unique("ORD");

    List<Api.Response> responses =
        Concurrently.run(
            32,
            i -> {
              Api.Response reserved = stock.reserve(prefix + "-" + i, sku, 1 + i % 3);
              Api.Response released = stock.release(prefix + "-" + i);
              return reserved.status() == 200 ? released : reserved;
            });

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.raw().body()).isIn(200, 422));
    assertThat(stock.balances(sku)).isEqualTo("available=12 onHand=12 received=12");
    assertThat(stock.item(sku).reservations()).isEmpty();
    stock.assertAuditOk();
  }

  @Test
  void concurrentKeyedReservationsSharingKeysReserveOncePerKeyAndReplayTheRest() {
    // Group commit: 48 requests at once on one hot SKU, every key sent three times. Whatever groups
    // form, each key reserves one unit once; its other two requests replay that response.
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 10, "B-1", 6);
    String prefix = Api.unique("ORD");

    List<Api.Response> responses =
        Concurrently.run(
            48,
            i ->
                stock
                    .api()
                    .post(
                        "/api/v1/inventory/reserve",
                        Stock.json(
                            "orderId", prefix + "-" + i % 16, "items", List.of(Stock.line(sku, 1))),
                        "reserve:" + prefix + "-" + i % 16));

    assertThat(outcomes(responses)).isEqualTo(Map.of("200", 48L));
    Map<String, java.util.Set<String>> bodiesByKey = new TreeMap<>();
    for (int i = 0; i < responses.size(); i++) {
      bodiesByKey
          .computeIfAbsent(String.valueOf(i % 16), k -> new java.util.HashSet<>())
          .add(responses.get(i).body().toString());
    }
    assertThat(bodiesByKey.values()).allSatisfy(bodies -> assertThat(bodies).hasSize(1));
    assertThat(stock.balances(sku)).isEqualTo("reserved=16 onHand=16 received=16");
    assertThat(stock.item(sku).reservations()).hasSize(16);
    stock.assertAuditOk();
  }

  @Test
  void aHotSkuRunningOutRefusesTheRestAndTheirKeysStayUsable() {
    Stock stock = stock();
    String sku = stock.stockedSku("HOT", "A-1", 5);
    String prefix = Api.unique("ORD");

    List<Api.Response> responses = Concurrently.run(40, i -> keyed(stock, prefix + "-" + i, sku));

    Map<String, Long> outcomes = outcomes(responses);
    assertThat(outcomes.keySet()).containsExactlyInAnyOrder("200", "422 INSUFFICIENT_STOCK");
    long granted =
        responses.stream()
            .filter(r -> r.status() == 200)
            .mapToLong(r -> r.body().get("reservations").get(0).get("quantity").asLong())
            .sum();
    assertThat(granted).isBetween(4L, 5L);
    assertThat(stock.totals(sku).reserved()).isEqualTo(granted);
    // A refused request left no key behind: once stock arrives, the same key reserves.
    int refused = 0;
    while (responses.get(refused).status() == 200) {
      refused++;
    }
    Stock.ok(stock.receive(sku, "A-1", 10));
    assertThat(keyed(stock, prefix + "-" + refused, sku).status()).isEqualTo(200);
    stock.assertAuditOk();
  }

  /** Reserves 1 or 2 units (by the order's last digit) with the key {@code reserve:ORDER}. */
  private static Api.Response keyed(Stock stock, String order, String sku) {
    long quantity = 1 + (order.charAt(order.length() - 1) - '0') % 2;
    return stock
        .api()
        .post(
            "/api/v1/inventory/reserve",
            Stock.json("orderId", order, "items", List.of(Stock.line(sku, quantity))),
            "reserve:" + order);
  }

  /** Counts responses by "status" or "status CODE". */
  private static Map<String, Long> outcomes(List<Api.Response> responses) {
    Map<String, Long> counts = new TreeMap<>();
    for (Api.Response r : responses) {
      String key = r.code() == null ? String.valueOf(r.status()) : r.status() + " " + r.code();
      counts.merge(key, 1L, Long::sum);
    }
    return counts;
  }
}
