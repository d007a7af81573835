package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.ReleaseResponse;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.ReserveResponse;
import com.wms.inventory.service.stock.ReservationExpirySweeper;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Soft reservations: multi-line, split, all-or-none, release. */
class ReservationIT extends InventoryServiceIT {
  @Autowired ReservationExpirySweeper sweeper;

  @Test
  void reserveSplitsALineAcrossLocationsMostAvailableFirst() {
    Stock stock = stock();
    String sku = stock.stockedSku("RES", "A-1", 5, "B-1", 8, "C-1", 3);
    String order = Api.unique("ORD");

    ReserveResponse r =
        Stock.read(Stock.ok(stock.reserve(order, sku, 12)).body(), ReserveResponse.class);

    assertThat(r.orderId()).isEqualTo(order);
    assertThat(r.reservations())
        .extracting(
            ReservationView::locationId,
            ReservationView::quantity,
            ReservationView::reservedQuantity,
            ReservationView::pickedQuantity,
            ReservationView::status)
        .containsExactly(tuple("B-1", 8L, 8L, 0L, "active"), tuple("A-1", 4L, 4L, 0L, "active"));
    assertThat(r.reservations())
        .allMatch(v -> v.expiresAt().isAfter(Instant.now().plus(Duration.ofHours(23))));
    assertThat(stock.shelves(sku))
        .containsExactly(
            "A-1 available=1 reserved=4",
            "B-1 available=0 reserved=8",
            "C-1 available=3 reserved=0");
    assertThat(stock.balances(sku)).isEqualTo("available=4 reserved=12 onHand=16 received=16");
    stock.assertAuditOk();
  }

  @Test
  void reserveBreaksTiesBetweenLocationsByLocationId() {
    Stock stock = stock();
    String sku = stock.stockedSku("RES", "B-1", 5, "A-1", 5);

    ReserveResponse r =
        Stock.read(
            Stock.ok(stock.reserve(Api.unique("ORD"), sku, 6)).body(), ReserveResponse.class);

    assertThat(r.reservations())
        .extracting(ReservationView::locationId, ReservationView::quantity)
        .containsExactly(tuple("A-1", 5L), tuple("B-1", 1L));
  }

  @Test
  void reserveOfSeveralLinesReservesEveryLineAndMergesLinesOfOneSku() {
    Stock stock = stock();
    String shirts = stock.stockedSku("RES", "A-1", 10);
    String socks = stock.stockedSku("RES", "A-1", 4);
    String order = Api.unique("ORD");

    ReserveResponse r =
        Stock.read(
            Stock.ok(stock.reserve(order, shirts, 3, socks, 4, shirts, 2)).body(),
            ReserveResponse.class);

    assertThat(r.reservations())
        .extracting(ReservationView::sku, ReservationView::quantity)
        .containsExactlyInAnyOrder(tuple(shirts, 5L), tuple(socks, 4L));
    assertThat(stock.balances(shirts)).isEqualTo("available=5 reserved=5 onHand=10 received=10");
    assertThat(stock.balances(socks)).isEqualTo("reserved=4 onHand=4 received=4");
    assertThat(stock.order(order).reservations()).hasSize(2);
    stock.assertAuditOk();
  }

  @Test
  void reserveRefusesEveryLineWhenAnyLineIsShortAndNamesTheShortLines() {
    Stock stock = stock();
    String plenty = stock.stockedSku("RES", "A-1", 10);
    String few = stock.stockedSku("RES", "A-1", 2);
    String fewer = stock.stockedSku("RES", "A-1", 1);
    String order = Api.unique("ORD");
    JsonNode plentyBefore = stock.snapshot(plenty);
    JsonNode fewBefore = stock.snapshot(few);

    Api.Response r = stock.reserve(order, plenty, 3, few, 5, fewer, 4);

    assertProblem(r, 422, "INSUFFICIENT_STOCK");
    assertThat(r.body().get("shortLines")).hasSize(2);
    assertThat(shortLine(r, few)).isEqualTo("requested=5 available=2");
    assertThat(shortLine(r, fewer)).isEqualTo("requested=4 available=1");
    assertThat(stock.snapshot(plenty)).isEqualTo(plentyBefore);
    assertThat(stock.snapshot(few)).isEqualTo(fewBefore);
    assertThat(stock.order(order).reservations()).isEmpty();
  }

  @Test
  void reserveRefusesWhenAvailableIsBelowRequested() {
    Stock stock = stock();
    String sku = stock.stockedSku("RES", "A-1", 6, "B-1", 4);
    stock.reserve(Api.unique("ORD"), sku, 8);
    String order = Api.unique("ORD");
    JsonNode before = stock.snapshot(sku, order);

    Api.Response r = stock.reserve(order, sku, 3);

    assertProblem(r, 422, "INSUFFICIENT_STOCK");
    assertThat(shortLine(r, sku)).isEqualTo("requested=3 available=2");
    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
    Stock.ok(stock.reserve(order, sku, 2));
    assertThat(stock.balances(sku)).isEqualTo("reserved=10 onHand=10 received=10");
  }

  @Test
  void reserveOfAnUnknownSkuIsNotFoundAndReservesNothing() {
    Stock stock = stock();
    String sku = stock.stockedSku("RES", "A-1", 6);
    String order = Api.unique("ORD");
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(stock.reserve(order, sku, 1, Api.unique("NONE"), 1), 404, "UNKNOWN_SKU");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void releaseReturnsEveryOpenReservationOfTheOrderToAvailable() {
    Stock stock = stock();
    String shirts = stock.stockedSku("REL", "A-1", 3, "B-1", 3);
    String socks = stock.stockedSku("REL", "A-1", 5);
    String order = Api.unique("ORD");
    Stock.ok(stock.reserve(order, shirts, 5, socks, 2));
    Stock.ok(stock.pick(socks, order, "A-1", 1));
    assertThat(stock.balances(socks))
        .isEqualTo("available=3 reserved=1 picked=1 onHand=5 received=5");

    ReleaseResponse released =
        Stock.read(Stock.ok(stock.release(order)).body(), ReleaseResponse.class);

    assertThat(released.releasedUnits()).isEqualTo(7);
    assertThat(released.released()).extracting(ReservationView::status).containsOnly("cancelled");
    assertThat(released.released()).hasSize(3);
    assertThat(stock.balances(shirts)).isEqualTo("available=6 onHand=6 received=6");
    assertThat(stock.balances(socks)).isEqualTo("available=5 onHand=5 received=5");
    assertThat(stock.movements(socks))
        .endsWith("release: reserved>available 1", "release: picked>available 1");
    assertThat(stock.order(order).reservations())
        .extracting(ReservationView::status)
        .containsOnly("cancelled");
    ReleaseResponse again =
        Stock.read(Stock.ok(stock.release(order)).body(), ReleaseResponse.class);
    assertThat(again.releasedUnits()).isZero();
    assertThat(again.released()).isEmpty();
    stock.assertAuditOk();
  }

  @Test
  void releaseLeavesStagedAllocationsOfTheOrderAlone() {
    Stock stock = stock();
    String shirts = stock.stockedSku("REL", "A-1", 5);
    String socks = stock.stockedSku("REL", "A-1", 5);
    String order = Api.unique("ORD");
    String shirtReservation = stock.reserveOne(order, shirts, 2);
    stock.reserveOne(order, socks, 3);
    String allocation = stock.staged(shirts, shirtReservation);

    ReleaseResponse released =
        Stock.read(Stock.ok(stock.release(order)).body(), ReleaseResponse.class);

    assertThat(released.releasedUnits()).isEqualTo(3);
    assertThat(released.released()).extracting(ReservationView::sku).containsExactly(socks);
    assertThat(stock.balances(shirts)).isEqualTo("available=3 staged=2 onHand=5 received=5");
    assertThat(stock.balances(socks)).isEqualTo("available=5 onHand=5 received=5");
    assertThat(stock.order(order).allocations())
        .extracting(AllocationView::allocationId, AllocationView::status)
        .containsExactly(tuple(allocation, "staged"));
    stock.assertAuditOk();
  }

  @Test
  void releaseOfAnOrderWithoutReservationsReleasesNothing() {
    ReleaseResponse r =
        Stock.read(Stock.ok(stock().release(Api.unique("NONE"))).body(), ReleaseResponse.class);

    assertThat(r.releasedUnits()).isZero();
    assertThat(r.released()).isEmpty();
  }

  @Test
  void sweepKeepsReservationsWhoseTimeIsNotUp() {
    Stock stock = stock();
    String sku = stock.stockedSku("RES", "A-1", 5);
    String order = Api.unique("ORD");
    stock.reserveOne(order, sku, 2);

    sweeper.sweep();

    assertThat(stock.order(order).reservations())
        .extracting(ReservationView::status)
        .containsExactly("active");
    assertThat(stock.balances(sku)).isEqualTo("available=3 reserved=2 onHand=5 received=5");
  }

  private static String shortLine(Api.Response r, String sku) {
    for (JsonNode line : r.body().get("shortLines")) {
      if (line.get("sku").asText().equals(sku)) {
        return "requested="
            + line.get("requested").asLong()
            + " available="
            + line.get("available").asLong();
      }
    }
    throw new AssertionError("no short line for " + sku + " in " + r.raw().body());
  }
}
