package com.wms.orchestrator.inventory;

import static com.wms.orchestrator.inventory.support.ActivityHarness.SHELF;
import static com.wms.orchestrator.inventory.support.ActivityHarness.STAGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.Totals;
import com.wms.inventory.client.InventoryClient;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsInput;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsOutput;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveItem;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import com.wms.orchestrator.inventory.support.ActivityHarness;
import com.wms.orchestrator.inventory.support.InventoryServiceFixture;
import com.wms.orchestrator.inventory.support.Warehouse;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each activity against the real inventory service, checked by the balances it leaves. */
class InventoryActivitiesIT {
  private final InventoryClient client = InventoryServiceFixture.client();
  private final Warehouse warehouse = new Warehouse(client);
  private final ActivityHarness harness = new ActivityHarness(client);
  private final InventoryActivities activities = harness.activities();
  private final String orderId = Warehouse.unique("ORD");

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void reserveInventoryMovesAvailableUnitsToReserved() {
    String sku = warehouse.skuWithStock(SHELF, 10);

    ReserveInventoryOutput out =
        activities.reserveInventory(
            new ReserveInventoryInput(orderId, List.of(new ReserveItem(sku, 4))));

    assertThat(out.reservations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.sku()).isEqualTo(sku);
              assertThat(r.locationId()).isEqualTo(SHELF);
              assertThat(r.quantity()).isEqualTo(4);
            });
    Totals totals = warehouse.totals(sku);
    assertThat(totals.available()).isEqualTo(6);
    assertThat(totals.reserved()).isEqualTo(4);
  }

  @Test
  void reserveInventoryRefusesShortStockNonRetryablyAndReservesNothing() {
    String sku = warehouse.skuWithStock(SHELF, 2);

    assertThatThrownBy(
            () ->
                activities.reserveInventory(
                    new ReserveInventoryInput(orderId, List.of(new ReserveItem(sku, 3)))))
        .isInstanceOf(ActivityFailure.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.getType()).isEqualTo("INSUFFICIENT_STOCK");
              assertThat(f.isNonRetryable()).isTrue();
            });
    assertThat(warehouse.totals(sku).available()).isEqualTo(2);
  }

  @Test
  void getReservationIdsListsTheOrdersReservationsWithPickedQuantities() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String reservationId = harness.reserved(orderId, sku, 3);
    activities.confirmInventoryPick(
        new ConfirmInventoryPickInput(
            orderId, List.of(new ConfirmInventoryPickItem(sku, 2, SHELF))));

    GetReservationIdsOutput out = activities.getReservationIds(new GetReservationIdsInput(orderId));

    assertThat(out.reservations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reservationId()).isEqualTo(reservationId);
              assertThat(r.quantity()).isEqualTo(3);
              assertThat(r.pickedQuantity()).isEqualTo(2);
              assertThat(r.reservedQuantity()).isEqualTo(1);
            });
  }

  @Test
  void confirmInventoryPickMovesReservedUnitsToPickedWithoutTouchingOnHand() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    harness.reserved(orderId, sku, 5);

    InventoryBatchResult out =
        activities.confirmInventoryPick(
            new ConfirmInventoryPickInput(
                orderId,
                List.of(
                    new ConfirmInventoryPickItem(sku, 2, SHELF),
                    new ConfirmInventoryPickItem(sku, 3, SHELF))));

    assertThat(out.total()).isEqualTo(1);
    assertThat(out.succeeded()).containsExactly(sku + "@" + SHELF);
    assertThat(out.failures()).isEmpty();
    Totals totals = warehouse.totals(sku);
    assertThat(totals.reserved()).isZero();
    assertThat(totals.picked()).isEqualTo(5);
    assertThat(totals.onHand()).isEqualTo(10);
    assertThat(warehouse.movements(sku, "pick")).hasSize(1);
  }

  @Test
  void releaseInventoryReservationReturnsReservedAndPickedUnitsToAvailable() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String reservationId = harness.reserved(orderId, sku, 4);
    activities.confirmInventoryPick(
        new ConfirmInventoryPickInput(
            orderId, List.of(new ConfirmInventoryPickItem(sku, 1, SHELF))));

    ReleaseInventoryReservationOutput out =
        activities.releaseInventoryReservation(new ReleaseInventoryReservationInput(orderId));

    assertThat(out.releasedUnits()).isEqualTo(4);
    assertThat(out.reservationIds()).containsExactly(reservationId);
    Totals totals = warehouse.totals(sku);
    assertThat(totals.available()).isEqualTo(10);
    assertThat(totals.reserved()).isZero();
    assertThat(totals.picked()).isZero();
  }

  @Test
  void stageInventoryReturnsTheRealAllocationIdsTheServiceCreated() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String reservationId = harness.reserved(orderId, sku, 3);
    activities.confirmInventoryPick(
        new ConfirmInventoryPickInput(
            orderId, List.of(new ConfirmInventoryPickItem(sku, 3, SHELF))));

    StageInventoryOutput out =
        activities.stageInventory(
            new StageInventoryInput(
                orderId, STAGING, "stager", List.of(new StageInventoryItem(sku, reservationId))));

    ItemView item = warehouse.item(sku);
    assertThat(out.allocationIds())
        .containsExactlyElementsOf(
            item.allocations().stream().map(AllocationView::allocationId).toList());
    assertThat(out.stagedItems())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.reservationId()).isEqualTo(reservationId);
              assertThat(s.quantity()).isEqualTo(3);
            });
    assertThat(out.failedItems()).isEmpty();
    assertThat(item.totals().picked()).isZero();
    assertThat(item.totals().staged()).isEqualTo(3);
    assertThat(item.allocations().get(0).stagingLocationId()).isEqualTo(STAGING);
  }

  @Test
  void packInventoryMovesStagedUnitsToPacked() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String allocationId = harness.staged(orderId, sku, 3);

    InventoryBatchResult out =
        activities.packInventory(
            new PackInventoryInput(
                orderId, "packer", List.of(new AllocationItem(sku, allocationId))));

    assertThat(out.succeeded()).containsExactly(allocationId);
    Totals totals = warehouse.totals(sku);
    assertThat(totals.staged()).isZero();
    assertThat(totals.packed()).isEqualTo(3);
  }

  @Test
  void shipInventoryIsTheOnlyPlaceUnitsLeaveOnHand() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String allocationId = harness.packed(orderId, sku, 3);
    assertThat(warehouse.totals(sku).onHand()).isEqualTo(10);

    InventoryBatchResult out =
        activities.shipInventory(
            new ShipInventoryInput(orderId, List.of(new AllocationItem(sku, allocationId))));

    assertThat(out.succeeded()).containsExactly(allocationId);
    Totals totals = warehouse.totals(sku);
    assertThat(totals.packed()).isZero();
    assertThat(totals.shipped()).isEqualTo(3);
    assertThat(totals.onHand()).isEqualTo(7);
    assertThat(totals.available()).isEqualTo(7);
  }

  @Test
  void returnInventoryToShelfPutsAllocatedUnitsBackToAvailable() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String allocationId = harness.packed(orderId, sku, 3);

    InventoryBatchResult out =
        activities.returnInventoryToShelf(
            new ReturnInventoryToShelfInput(
                orderId, "clerk", "cancelled", List.of(new AllocationItem(sku, allocationId))));

    assertThat(out.succeeded()).containsExactly(allocationId);
    Totals totals = warehouse.totals(sku);
    assertThat(totals.packed()).isZero();
    assertThat(totals.available()).isEqualTo(10);
    assertThat(warehouse.item(sku).locations().get(0).available()).isEqualTo(10);
  }

  @Test
  void recordStockShortageMovesTheMissingUnitsToLost() {
    String sku = warehouse.skuWithStock(SHELF, 10);

    RecordStockShortageOutput out =
        activities.recordStockShortage(
            new RecordStockShortageInput(sku, SHELF, orderId, 10, 7, "not_found", "picker-1"));

    assertThat(out.shortfall()).isEqualTo(3);
    assertThat(out.recorded()).isEqualTo(3);
    Totals totals = warehouse.totals(sku);
    assertThat(totals.lost()).isEqualTo(3);
    assertThat(totals.available()).isEqualTo(7);
    assertThat(totals.onHand()).isEqualTo(7);
  }
}
