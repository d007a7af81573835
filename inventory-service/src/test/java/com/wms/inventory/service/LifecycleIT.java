package com.wms.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.InventoryServiceIT;
import com.wms.inventory.service.support.Stock;
import org.junit.jupiter.api.Test;

/** The two lifecycles of DESIGN.md section 2, with every bucket checked after every step. */
class LifecycleIT extends InventoryServiceIT {

  @Test
  void receiveReservePickStagePackShipMovesEachUnitThroughEveryBucketOnce() {
    Stock stock = stock();
    String sku = stock.newSku("LIFE");
    String order = Api.unique("ORD");

    Stock.ok(stock.receive(sku, "A-1", 10));
    assertThat(stock.balances(sku)).isEqualTo("available=10 onHand=10 received=10");
    assertThat(stock.shelves(sku)).containsExactly("A-1 available=10 reserved=0");

    String reservation = stock.reserveOne(order, sku, 4);
    assertThat(stock.balances(sku)).isEqualTo("available=6 reserved=4 onHand=10 received=10");
    assertThat(stock.shelves(sku)).containsExactly("A-1 available=6 reserved=4");
    assertThat(stock.item(sku).reservations())
        .extracting(ReservationView::reservationId, ReservationView::reservedQuantity)
        .containsExactly(tuple(reservation, 4L));

    Stock.ok(stock.pick(sku, order, "A-1", 4));
    assertThat(stock.balances(sku)).isEqualTo("available=6 picked=4 onHand=10 received=10");
    assertThat(stock.shelves(sku)).containsExactly("A-1 available=6 reserved=0");

    String allocation = stock.staged(sku, reservation);
    assertThat(stock.balances(sku)).isEqualTo("available=6 staged=4 onHand=10 received=10");
    assertThat(stock.item(sku).reservations()).isEmpty();
    assertThat(stock.item(sku).allocations())
        .extracting(AllocationView::allocationId, AllocationView::status, AllocationView::quantity)
        .containsExactly(tuple(allocation, "staged", 4L));

    Stock.ok(stock.pack(sku, allocation));
    assertThat(stock.balances(sku)).isEqualTo("available=6 packed=4 onHand=10 received=10");

    Api.Response shipped = Stock.ok(stock.ship(sku, allocation));
    assertThat(shipped.body().get("status").asText()).isEqualTo("shipped");
    assertThat(stock.balances(sku)).isEqualTo("available=6 onHand=6 received=10 shipped=4");
    assertThat(stock.item(sku).allocations()).isEmpty();

    OrderInventoryView view = stock.order(order);
    assertThat(view.reservations())
        .extracting(ReservationView::status)
        .containsExactly("fulfilled");
    assertThat(view.allocations()).extracting(AllocationView::status).containsExactly("shipped");
    assertThat(stock.movements(sku))
        .containsExactly(
            "receive: received>available 10",
            "reserve: available>reserved 4",
            "pick: reserved>picked 4",
            "stage: picked>staged 4",
            "pack: staged>packed 4",
            "ship: packed>shipped 4");
    stock.assertAuditOk();
  }

  @Test
  void receiveReservePickStageReturnToShelfPutsEveryUnitBackWhereItCameFrom() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIFE", "A-1", 3, "B-1", 6);
    String order = Api.unique("ORD");
    assertThat(stock.balances(sku)).isEqualTo("available=9 onHand=9 received=9");

    String reservation = stock.reserveOne(order, sku, 5);
    assertThat(stock.balances(sku)).isEqualTo("available=4 reserved=5 onHand=9 received=9");
    assertThat(stock.shelves(sku))
        .containsExactly("A-1 available=3 reserved=0", "B-1 available=1 reserved=5");

    Stock.ok(stock.pick(sku, order, "B-1", 5));
    assertThat(stock.balances(sku)).isEqualTo("available=4 picked=5 onHand=9 received=9");

    String allocation = stock.staged(sku, reservation);
    assertThat(stock.balances(sku)).isEqualTo("available=4 staged=5 onHand=9 received=9");

    Api.Response returned = Stock.ok(stock.returnToShelf(sku, allocation));
    assertThat(returned.body().get("status").asText()).isEqualTo("returned");
    assertThat(stock.balances(sku)).isEqualTo("available=9 onHand=9 received=9");
    assertThat(stock.shelves(sku))
        .containsExactly("A-1 available=3 reserved=0", "B-1 available=6 reserved=0");
    assertThat(stock.item(sku).allocations()).isEmpty();

    OrderInventoryView view = stock.order(order);
    assertThat(view.reservations())
        .extracting(ReservationView::status)
        .containsExactly("cancelled");
    assertThat(view.allocations()).extracting(AllocationView::status).containsExactly("returned");
    assertThat(stock.movements(sku))
        .containsExactly(
            "receive: received>available 3",
            "receive: received>available 6",
            "reserve: available>reserved 5",
            "pick: reserved>picked 5",
            "stage: picked>staged 5",
            "return-to-shelf: staged>available 5");
    stock.assertAuditOk();
  }

  @Test
  void returnToShelfOfAPackedAllocationPutsItsUnitsBackAvailable() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIFE", "A-1", 8);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 8);
    Stock.ok(stock.pick(sku, order, "A-1", 8));
    String allocation = stock.staged(sku, reservation);
    Stock.ok(stock.pack(sku, allocation));
    assertThat(stock.balances(sku)).isEqualTo("packed=8 onHand=8 received=8");

    Stock.ok(stock.returnToShelf(sku, allocation));

    assertThat(stock.balances(sku)).isEqualTo("available=8 onHand=8 received=8");
    assertThat(stock.movements(sku)).endsWith("return-to-shelf: packed>available 8");
    assertThat(stock.ledger(sku).get(stock.ledger(sku).size() - 1).reason())
        .isEqualTo("order cancelled");
    stock.assertAuditOk();
  }

  @Test
  void stagingAPartlyPickedReservationPutsTheUnpickedUnitsBackAvailable() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIFE", "A-1", 10);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 5);
    Stock.ok(stock.pick(sku, order, "A-1", 3));
    assertThat(stock.balances(sku))
        .isEqualTo("available=5 reserved=2 picked=3 onHand=10 received=10");

    String allocation = stock.staged(sku, reservation);

    assertThat(stock.balances(sku)).isEqualTo("available=7 staged=3 onHand=10 received=10");
    assertThat(stock.order(order).allocations())
        .extracting(AllocationView::allocationId, AllocationView::quantity)
        .containsExactly(tuple(allocation, 3L));
    assertThat(stock.movements(sku))
        .endsWith("stage: picked>staged 3", "stage: reserved>available 2");
    Stock.ok(stock.pack(sku, allocation));
    Stock.ok(stock.ship(sku, allocation));
    assertThat(stock.balances(sku)).isEqualTo("available=7 onHand=7 received=10 shipped=3");
    stock.assertAuditOk();
  }

  @Test
  void stagingAnUnpickedReservationStagesItsReservedUnits() {
    Stock stock = stock();
    String sku = stock.stockedSku("LIFE", "A-1", 6);
    String order = Api.unique("ORD");
    String reservation = stock.reserveOne(order, sku, 4);

    String allocation = stock.staged(sku, reservation);

    assertThat(stock.balances(sku)).isEqualTo("available=2 staged=4 onHand=6 received=6");
    assertThat(stock.shelves(sku)).containsExactly("A-1 available=2 reserved=0");
    assertThat(stock.movements(sku)).endsWith("stage: reserved>staged 4");
    Stock.ok(stock.pack(sku, allocation));
    Stock.ok(stock.ship(sku, allocation));
    assertThat(stock.balances(sku)).isEqualTo("available=2 onHand=2 received=6 shipped=4");
    stock.assertAuditOk();
  }
}
