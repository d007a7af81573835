package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.ShortageResponse;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Confirmed shortages write units off to lost, the reporting order's reservation first. */
class ShortageIT extends InventoryServiceIT {

  @Test
  void shortageCutsTheReportingOrdersOwnReservationFirst() {
    Stock stock = stock();
    String sku = stock.stockedSku("SHO", "A-1", 10);
    String order = Api.unique("ORD");
    String other = Api.unique("ORD");
    String own = stock.reserveOne(order, sku, 4);
    String theirs = stock.reserveOne(other, sku, 3);

    ShortageResponse r =
        Stock.read(
            Stock.ok(stock.shortage(sku, "A-1", order, 4, 1, "not_found")).body(),
            ShortageResponse.class);

    assertThat(r.shortfall()).isEqualTo(3);
    assertThat(r.recorded()).isEqualTo(3);
    assertThat(r.reason()).isEqualTo("not_found");
    assertThat(r.cutReservations())
        .extracting(
            ReservationView::reservationId,
            ReservationView::reservedQuantity,
            ReservationView::status)
        .containsExactly(tuple(own, 1L, "active"));
    assertThat(stock.balances(sku)).isEqualTo("available=3 reserved=4 onHand=7 received=10 lost=3");
    assertThat(stock.item(sku).reservations())
        .extracting(ReservationView::reservationId, ReservationView::reservedQuantity)
        .containsExactlyInAnyOrder(tuple(own, 1L), tuple(theirs, 3L));
    LedgerEntry last = last(stock.ledger(sku));
    assertThat(last.from() + ">" + last.to() + " " + last.quantity()).isEqualTo("reserved>lost 3");
    assertThat(last.reason()).isEqualTo("not_found");
    assertThat(last.actor()).isEqualTo("picker-7");
    assertThat(last.orderId()).isEqualTo(order);
    stock.assertAuditOk();
  }

  @Test
  void shortageBeyondTheOwnReservationTakesAvailableThenTheNewestOtherPromises() {
    Stock stock = stock();
    String sku = stock.stockedSku("SHO", "A-1", 10);
    String older = stock.reserveOne(Api.unique("ORD"), sku, 2);
    String newer = stock.reserveOne(Api.unique("ORD"), sku, 3);
    String order = Api.unique("ORD");
    String own = stock.reserveOne(order, sku, 2);

    ShortageResponse r =
        Stock.read(
            Stock.ok(stock.shortage(sku, "A-1", order, 10, 1, "damaged")).body(),
            ShortageResponse.class);

    assertThat(r.recorded()).isEqualTo(9);
    assertThat(r.cutReservations())
        .extracting(
            ReservationView::reservationId,
            ReservationView::reservedQuantity,
            ReservationView::status)
        .containsExactly(
            tuple(own, 0L, "cancelled"), tuple(newer, 0L, "cancelled"), tuple(older, 1L, "active"));
    assertThat(stock.balances(sku)).isEqualTo("reserved=1 onHand=1 received=10 lost=9");
    assertThat(stock.movements(sku))
        .endsWith(
            "shortage: reserved>lost 2",
            "shortage: available>lost 3",
            "shortage: reserved>lost 3",
            "shortage: reserved>lost 1");
    stock.assertAuditOk();
  }

  @Test
  void shortageNeverWritesOffMoreThanTheShelfWasBelievedToHold() {
    Stock stock = stock();
    String sku = stock.stockedSku("SHO", "A-1", 4, "B-1", 5);

    ShortageResponse r =
        Stock.read(
            Stock.ok(stock.shortage(sku, "A-1", null, 10, 0, "quantity_mismatch")).body(),
            ShortageResponse.class);

    assertThat(r.shortfall()).isEqualTo(10);
    assertThat(r.recorded()).isEqualTo(4);
    assertThat(r.orderId()).isNull();
    assertThat(stock.balances(sku)).isEqualTo("available=5 onHand=5 received=9 lost=4");
    assertThat(stock.shelves(sku))
        .containsExactly("A-1 available=0 reserved=0", "B-1 available=5 reserved=0");
    stock.assertAuditOk();
  }

  @Test
  void shortageLeavesPickedUnitsInTheTote() {
    Stock stock = stock();
    String sku = stock.stockedSku("SHO", "A-1", 5);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 5);
    Stock.ok(stock.pick(sku, order, "A-1", 3));

    Stock.ok(stock.shortage(sku, "A-1", order, 2, 0, "not_found"));

    assertThat(stock.balances(sku)).isEqualTo("picked=3 onHand=3 received=5 lost=2");
    assertThat(stock.order(order).reservations())
        .extracting(ReservationView::status, ReservationView::pickedQuantity)
        .containsExactly(tuple("picked", 3L));
    String allocation = stock.staged(sku, reservation);
    Stock.ok(stock.pack(sku, allocation));
    Stock.ok(stock.ship(sku, allocation));
    assertThat(stock.balances(sku)).isEqualTo("received=5 shipped=3 lost=2");
    stock.assertAuditOk();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not_found", "damaged", "quantity_mismatch"})
  void shortageRecordsEachReasonOnTheLedger(String reason) {
    Stock stock = stock();
    String sku = stock.stockedSku("SHO", "A-1", 5);

    Api.Response r = Stock.ok(stock.shortage(sku, "A-1", Api.unique("ORD"), 5, 3, reason));

    assertThat(r.body().get("reason").asText()).isEqualTo(reason);
    assertThat(last(stock.ledger(sku)).reason()).isEqualTo(reason);
    assertThat(stock.balances(sku)).isEqualTo("available=3 onHand=3 received=5 lost=2");
  }

  @Test
  void shortageAtALocationTheSkuWasNeverStockedAtIsUnknownLocation() {
    Stock stock = stock();
    String sku = stock.stockedSku("SHO", "A-1", 5);
    JsonNode before = stock.snapshot(sku);

    assertProblem(stock.shortage(sku, "Z-9", null, 2, 0, "not_found"), 404, "UNKNOWN_LOCATION");
    assertProblem(stock.shortage(sku, "A-1", null, 2, 0, "stolen"), 400, "VALIDATION_FAILED");
    assertProblem(stock.shortage(sku, "A-1", null, 2, 2, "damaged"), 400, "VALIDATION_FAILED");

    assertThat(stock.snapshot(sku)).isEqualTo(before);
  }

  private static LedgerEntry last(List<LedgerEntry> ledger) {
    return ledger.get(ledger.size() - 1);
  }
}
