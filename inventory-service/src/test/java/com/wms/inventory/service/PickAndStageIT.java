package com.wms.inventory.service;

import static com.wms.inventory.service.support.Stock.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.PickResponse;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pick confirmation and staging: reserved → picked → staged, and their refusals. */
class PickAndStageIT extends InventoryServiceIT {

  @Test
  void pickMovesReservedUnitsIntoTheTote() {
    Stock stock = stock();
    String sku = stock.stockedSku("PICK", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 5);

    PickResponse first =
        Stock.read(Stock.ok(stock.pick(sku, order, "A-1", 2)).body(), PickResponse.class);

    assertThat(first.quantity()).isEqualTo(2);
    assertThat(first.reservations())
        .extracting(
            ReservationView::reservationId,
            ReservationView::reservedQuantity,
            ReservationView::pickedQuantity,
            ReservationView::status)
        .containsExactly(tuple(reservation, 3L, 2L, "picked"));
    assertThat(stock.balances(sku))
        .isEqualTo("available=5 reserved=3 picked=2 onHand=10 received=10");
    Stock.ok(stock.pick(sku, order, "A-1", 3));
    assertThat(stock.balances(sku)).isEqualTo("available=5 picked=5 onHand=10 received=10");
    assertThat(stock.shelves(sku)).containsExactly("A-1 available=5 reserved=0");
    assertThat(stock.ledger(sku).get(2).actor()).isEqualTo("picker-7");
    assertThat(stock.movements(sku)).endsWith("pick: reserved>picked 2", "pick: reserved>picked 3");
    stock.assertAuditOk();
  }

  @Test
  void pickSpansSeveralReservationsOfTheOrderAtTheLocation() {
    Stock stock = stock();
    String sku = stock.stockedSku("PICK", "A-1", 10);
    String order = Api.unique("ORD");
    stock.reserveOne(order, sku, 3);
    stock.reserveOne(order, sku, 4);

    PickResponse r =
        Stock.read(Stock.ok(stock.pick(sku, order, "A-1", 5)).body(), PickResponse.class);

    // Reservations are picked in id order, so either one is picked first.
    assertThat(r.reservations()).hasSize(2);
    assertThat(r.reservations().stream().mapToLong(ReservationView::pickedQuantity).sum())
        .isEqualTo(5);
    assertThat(r.reservations().stream().mapToLong(ReservationView::reservedQuantity).sum())
        .isEqualTo(2);
    assertThat(stock.balances(sku))
        .isEqualTo("available=3 reserved=2 picked=5 onHand=10 received=10");
    stock.assertAuditOk();
  }

  @Test
  void pickRefusesMoreThanTheOrderHasReservedAtTheLocation() {
    Stock stock = stock();
    String sku = stock.stockedSku("PICK", "A-1", 10);
    String order = Api.unique("ORD");
    stock.reserveOne(order, sku, 4);
    Stock.ok(stock.pick(sku, order, "A-1", 3));
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(stock.pick(sku, order, "A-1", 2), 422, "OVERPICK");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void pickWithoutAReservationAtTheLocationIsUnknownReservation() {
    Stock stock = stock();
    String sku = stock.stockedSku("PICK", "A-1", 5, "B-1", 5);
    String order = Api.unique("ORD");
    stock.reserveOne(order, sku, 2);
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(stock.pick(sku, order, "B-1", 1), 404, "UNKNOWN_RESERVATION");
    assertProblem(stock.pick(sku, Api.unique("ORD"), "A-1", 1), 404, "UNKNOWN_RESERVATION");
    assertProblem(stock.pick(Api.unique("NONE"), order, "A-1", 1), 404, "UNKNOWN_SKU");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void stageCreatesOneHardAllocationAtTheStagingLocation() {
    Stock stock = stock();
    String sku = stock.stockedSku("STG", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 4);
    Stock.ok(stock.pick(sku, order, "A-1", 4));

    AllocationView a =
        Stock.read(Stock.ok(stock.stage(sku, reservation)).body(), AllocationView.class);

    assertThat(UUID.fromString(a.allocationId())).isNotNull();
    assertThat(a)
        .extracting(
            AllocationView::reservationId,
            AllocationView::orderId,
            AllocationView::sku,
            AllocationView::quantity,
            AllocationView::sourceLocationId,
            AllocationView::stagingLocationId,
            AllocationView::status)
        .containsExactly(reservation, order, sku, 4L, "A-1", "STAGE-1", "staged");
    assertThat(stock.item(sku).allocations()).containsExactly(a);
    assertThat(stock.order(order).reservations())
        .extracting(
            ReservationView::status,
            ReservationView::reservedQuantity,
            ReservationView::pickedQuantity)
        .containsExactly(tuple("staged", 0L, 0L));
    assertThat(stock.balances(sku)).isEqualTo("available=6 staged=4 onHand=10 received=10");
    stock.assertAuditOk();
  }

  @Test
  void stageOfAnAlreadyStagedReservationIsInvalidStateAndKeepsOneAllocation() {
    Stock stock = stock();
    String sku = stock.stockedSku("STG", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 4);
    stock.staged(sku, reservation);
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(stock.stage(sku, reservation), 409, "INVALID_STATE");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
    assertThat(stock.order(order).allocations()).hasSize(1);
  }

  @Test
  void stageOfAReleasedReservationIsInvalidState() {
    Stock stock = stock();
    String sku = stock.stockedSku("STG", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 4);
    Stock.ok(stock.release(order));
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(stock.stage(sku, reservation), 409, "INVALID_STATE");
    assertProblem(stock.pick(sku, order, "A-1", 1), 404, "UNKNOWN_RESERVATION");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
  }

  @Test
  void stageOfAReservationThatIsNotOfThisSkuIsUnknownReservation() {
    Stock stock = stock();
    String sku = stock.stockedSku("STG", "A-1", 10);
    String other = stock.stockedSku("STG", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 4);
    JsonNode before = stock.snapshot(sku, order);

    assertProblem(stock.stage(other, reservation), 404, "UNKNOWN_RESERVATION");
    assertProblem(stock.stage(sku, UUID.randomUUID().toString()), 404, "UNKNOWN_RESERVATION");

    assertThat(stock.snapshot(sku, order)).isEqualTo(before);
  }
}
