package com.wms.orchestrator.inventory;

import static com.wms.orchestrator.inventory.support.ActivityHarness.SHELF;
import static com.wms.orchestrator.inventory.support.ActivityHarness.STAGING;
import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.client.InventoryClient;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.BatchProgress;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemOutcome;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retry safety: every mutating activity run again with the same input (as Temporal does after a
 * lost response or a worker crash) moves each unit once, and a retry resumes after its heartbeat.
 */
class InventoryActivitiesRetryIT {
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
  void reserveInventoryTwiceReservesOnceAndAnswersTheSameReservations() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    ReserveInventoryInput input =
        new ReserveInventoryInput(orderId, List.of(new ReserveItem(sku, 4)));

    ReserveInventoryOutput first = activities.reserveInventory(input);
    ReserveInventoryOutput second = activities.reserveInventory(input);

    assertThat(second).isEqualTo(first);
    assertThat(warehouse.movements(sku, "reserve")).hasSize(1);
    assertThat(warehouse.totals(sku).reserved()).isEqualTo(4);
  }

  @Test
  void confirmInventoryPickTwicePicksEachItemOnce() {
    String sku1 = warehouse.skuWithStock(SHELF, 10);
    String sku2 = warehouse.skuWithStock(SHELF, 10);
    activities.reserveInventory(
        new ReserveInventoryInput(
            orderId, List.of(new ReserveItem(sku1, 2), new ReserveItem(sku2, 3))));
    ConfirmInventoryPickInput input =
        new ConfirmInventoryPickInput(
            orderId,
            List.of(
                new ConfirmInventoryPickItem(sku1, 2, SHELF),
                new ConfirmInventoryPickItem(sku2, 3, SHELF)));

    InventoryBatchResult first = activities.confirmInventoryPick(input);
    InventoryBatchResult second = activities.confirmInventoryPick(input);

    assertThat(second).isEqualTo(first);
    assertThat(second.failures()).isEmpty();
    assertThat(warehouse.movements(sku1, "pick")).hasSize(1);
    assertThat(warehouse.movements(sku2, "pick")).hasSize(1);
    assertThat(warehouse.totals(sku2).picked()).isEqualTo(3);
  }

  @Test
  void releaseInventoryReservationTwiceReleasesOnce() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    harness.reserved(orderId, sku, 4);

    activities.releaseInventoryReservation(new ReleaseInventoryReservationInput(orderId));
    activities.releaseInventoryReservation(new ReleaseInventoryReservationInput(orderId));

    assertThat(warehouse.movements(sku, "release")).hasSize(1);
    assertThat(warehouse.totals(sku).available()).isEqualTo(10);
  }

  @Test
  void stageInventoryTwiceStagesOnceAndAnswersTheSameAllocationIds() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String reservationId = harness.reserved(orderId, sku, 3);
    StageInventoryInput input =
        new StageInventoryInput(
            orderId, STAGING, "stager", List.of(new StageInventoryItem(sku, reservationId)));

    StageInventoryOutput first = activities.stageInventory(input);
    StageInventoryOutput second = activities.stageInventory(input);

    assertThat(second.allocationIds()).hasSize(1).isEqualTo(first.allocationIds());
    assertThat(warehouse.movements(sku, "stage")).hasSize(1);
    assertThat(warehouse.item(sku).allocations()).hasSize(1);
  }

  @Test
  void packInventoryTwicePacksOnce() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String allocationId = harness.staged(orderId, sku, 3);
    PackInventoryInput input =
        new PackInventoryInput(orderId, "packer", List.of(new AllocationItem(sku, allocationId)));

    activities.packInventory(input);
    InventoryBatchResult second = activities.packInventory(input);

    assertThat(second.succeeded()).containsExactly(allocationId);
    assertThat(warehouse.movements(sku, "pack")).hasSize(1);
  }

  @Test
  void shipInventoryTwiceShipsOnce() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String allocationId = harness.packed(orderId, sku, 3);
    ShipInventoryInput input =
        new ShipInventoryInput(orderId, List.of(new AllocationItem(sku, allocationId)));

    activities.shipInventory(input);
    InventoryBatchResult second = activities.shipInventory(input);

    assertThat(second.succeeded()).containsExactly(allocationId);
    assertThat(warehouse.movements(sku, "ship")).hasSize(1);
    assertThat(warehouse.totals(sku).shipped()).isEqualTo(3);
  }

  @Test
  void returnInventoryToShelfTwiceReturnsOnce() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String allocationId = harness.staged(orderId, sku, 3);
    ReturnInventoryToShelfInput input =
        new ReturnInventoryToShelfInput(
            orderId, "clerk", "cancelled", List.of(new AllocationItem(sku, allocationId)));

    activities.returnInventoryToShelf(input);
    InventoryBatchResult second = activities.returnInventoryToShelf(input);

    assertThat(second.succeeded()).containsExactly(allocationId);
    assertThat(warehouse.movements(sku, "return-to-shelf")).hasSize(1);
    assertThat(warehouse.totals(sku).available()).isEqualTo(10);
  }

  @Test
  void recordStockShortageTwiceRecordsOnce() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    RecordStockShortageInput input =
        new RecordStockShortageInput(sku, SHELF, orderId, 10, 8, "damaged", "picker-1");

    activities.recordStockShortage(input);
    activities.recordStockShortage(input);

    assertThat(warehouse.movements(sku, "shortage")).hasSize(1);
    assertThat(warehouse.totals(sku).lost()).isEqualTo(2);
  }

  @Test
  void aRetryFromAHeartbeatMidwayMovesEveryItemExactlyOnce() {
    List<String> skus =
        List.of(
            warehouse.skuWithStock(SHELF, 10),
            warehouse.skuWithStock(SHELF, 10),
            warehouse.skuWithStock(SHELF, 10));
    activities.reserveInventory(
        new ReserveInventoryInput(orderId, skus.stream().map(s -> new ReserveItem(s, 2)).toList()));
    ConfirmInventoryPickInput input =
        new ConfirmInventoryPickInput(
            orderId, skus.stream().map(s -> new ConfirmInventoryPickItem(s, 2, SHELF)).toList());
    // The first attempt moved all three items but only its first heartbeat reached Temporal.
    InventoryBatchResult first = activities.confirmInventoryPick(input);
    harness.resumeFrom(
        new BatchProgress(
            1, 3, List.of(ItemOutcome.success(skus.get(0), skus.get(0) + "@" + SHELF, null, 2))));

    InventoryBatchResult retry = activities.confirmInventoryPick(input);

    assertThat(retry).isEqualTo(first);
    for (String sku : skus) {
      List<LedgerEntry> picks = warehouse.movements(sku, "pick");
      assertThat(picks).as(sku).hasSize(1);
      assertThat(picks.get(0).quantity()).isEqualTo(2);
    }
  }

  @Test
  void aRetrySkipsTheItemsItsHeartbeatReportsDoneAndKeepsTheirResults() {
    String done = warehouse.skuWithStock(SHELF, 10);
    String pending = warehouse.skuWithStock(SHELF, 10);
    activities.reserveInventory(
        new ReserveInventoryInput(
            orderId, List.of(new ReserveItem(done, 1), new ReserveItem(pending, 1))));
    harness.resumeFrom(
        new BatchProgress(1, 2, List.of(ItemOutcome.success(done, done + "@" + SHELF, null, 1))));

    InventoryBatchResult out =
        activities.confirmInventoryPick(
            new ConfirmInventoryPickInput(
                orderId,
                List.of(
                    new ConfirmInventoryPickItem(done, 1, SHELF),
                    new ConfirmInventoryPickItem(pending, 1, SHELF))));

    assertThat(out.succeeded()).containsExactly(done + "@" + SHELF, pending + "@" + SHELF);
    assertThat(warehouse.movements(done, "pick")).as("skipped, trusted the heartbeat").isEmpty();
    assertThat(warehouse.movements(pending, "pick")).hasSize(1);
    assertThat(harness.heartbeats()).last().satisfies(p -> assertThat(p.done()).isEqualTo(2));
  }

  @Test
  void aStageRetryFromAHeartbeatMidwayKeepsTheAllocationIdsOfTheFirstAttempt() {
    String sku1 = warehouse.skuWithStock(SHELF, 10);
    String sku2 = warehouse.skuWithStock(SHELF, 10);
    ReserveInventoryOutput reserved =
        activities.reserveInventory(
            new ReserveInventoryInput(
                orderId, List.of(new ReserveItem(sku1, 1), new ReserveItem(sku2, 2))));
    StageInventoryInput input =
        new StageInventoryInput(
            orderId,
            STAGING,
            "stager",
            reserved.reservations().stream()
                .map(r -> new StageInventoryItem(r.sku(), r.reservationId()))
                .toList());
    StageInventoryOutput first = activities.stageInventory(input);
    BatchProgress afterFirstItem =
        harness.heartbeats().stream().filter(p -> p.done() == 1).findFirst().orElseThrow();
    harness.resumeFrom(afterFirstItem);

    StageInventoryOutput retry = activities.stageInventory(input);

    assertThat(retry).isEqualTo(first);
    assertThat(retry.allocationIds()).hasSize(2).doesNotHaveDuplicates();
    assertThat(warehouse.movements(sku1, "stage")).hasSize(1);
    assertThat(warehouse.movements(sku2, "stage")).hasSize(1);
  }

  @Test
  void heartbeatDetailsThatDoNotFitTheInputAreIgnored() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    harness.reserved(orderId, sku, 1);
    harness.resumeFrom(new BatchProgress(5, 7, List.of()));

    InventoryBatchResult out =
        activities.confirmInventoryPick(
            new ConfirmInventoryPickInput(
                orderId, List.of(new ConfirmInventoryPickItem(sku, 1, SHELF))));

    assertThat(out.succeeded()).containsExactly(sku + "@" + SHELF);
    assertThat(warehouse.movements(sku, "pick")).hasSize(1);
  }
}
