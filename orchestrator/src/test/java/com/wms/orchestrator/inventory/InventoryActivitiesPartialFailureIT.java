package com.wms.orchestrator.inventory;

import static com.wms.orchestrator.inventory.support.ActivityHarness.SHELF;
import static com.wms.orchestrator.inventory.support.ActivityHarness.STAGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.wms.inventory.client.InventoryClient;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveItem;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seed's table: continue past a failed item, fail only when every item failed. */
class InventoryActivitiesPartialFailureIT {
  private static final TypeReference<List<ItemFailure>> FAILURES = new TypeReference<>() {};

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
  void aPickBatchWithAnUnknownSkuPicksTheOthersAndNamesTheUnknownOne() {
    String first = warehouse.skuWithStock(SHELF, 10);
    String last = warehouse.skuWithStock(SHELF, 10);
    activities.reserveInventory(
        new ReserveInventoryInput(
            orderId, List.of(new ReserveItem(first, 1), new ReserveItem(last, 2))));
    String unknown = Warehouse.unique("NOSUCH");

    InventoryBatchResult out =
        activities.confirmInventoryPick(
            new ConfirmInventoryPickInput(
                orderId,
                List.of(
                    new ConfirmInventoryPickItem(first, 1, SHELF),
                    new ConfirmInventoryPickItem(unknown, 1, SHELF),
                    new ConfirmInventoryPickItem(last, 2, SHELF))));

    assertThat(out.total()).isEqualTo(3);
    assertThat(out.succeeded()).containsExactly(first + "@" + SHELF, last + "@" + SHELF);
    assertThat(out.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sku()).isEqualTo(unknown);
              assertThat(f.item()).isEqualTo(unknown + "@" + SHELF);
              assertThat(f.code()).isEqualTo("UNKNOWN_SKU");
              assertThat(f.message()).isNotBlank();
            });
    assertThat(warehouse.totals(last).picked()).isEqualTo(2);
  }

  @Test
  void aStageBatchReturnsThePartialResultWithTheFailedReservation() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String good = harness.reserved(orderId, sku, 2);
    String unknownReservation = UUID.randomUUID().toString();

    StageInventoryOutput out =
        activities.stageInventory(
            new StageInventoryInput(
                orderId,
                STAGING,
                "stager",
                List.of(
                    new StageInventoryItem(sku, unknownReservation),
                    new StageInventoryItem(sku, good))));

    assertThat(out.stagedItems())
        .singleElement()
        .satisfies(s -> assertThat(s.reservationId()).isEqualTo(good));
    assertThat(out.allocationIds()).hasSize(1);
    assertThat(out.failedItems()).containsExactly(unknownReservation);
    assertThat(out.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("UNKNOWN_RESERVATION"));
    assertThat(warehouse.totals(sku).staged()).isEqualTo(2);
  }

  @Test
  void whenEveryItemFailsWithOneCodeTheActivityFailsNonRetryablyWithThatCode() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String a1 = UUID.randomUUID().toString();
    String a2 = UUID.randomUUID().toString();

    ActivityFailure failure =
        catchThrowableOfType(
            ActivityFailure.class,
            () ->
                activities.packInventory(
                    new PackInventoryInput(
                        orderId,
                        "packer",
                        List.of(new AllocationItem(sku, a1), new AllocationItem(sku, a2)))));

    ApplicationFailure cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo("UNKNOWN_ALLOCATION");
    assertThat(cause.isNonRetryable()).isTrue();
    assertThat(cause.getDetails().get(0, List.class, FAILURES.getType()))
        .extracting(f -> ((ItemFailure) f).item() + "=" + ((ItemFailure) f).code())
        .containsExactly(a1 + "=UNKNOWN_ALLOCATION", a2 + "=UNKNOWN_ALLOCATION");
  }

  @Test
  void whenEveryItemFailsWithDifferentCodesTheFailureIsAllItemsFailedListingEachCode() {
    String sku = warehouse.skuWithStock(SHELF, 10);
    String staged = harness.staged(orderId, sku, 1);
    String unknownSku = Warehouse.unique("NOSUCH");
    String unknownAllocation = UUID.randomUUID().toString();

    ActivityFailure failure =
        catchThrowableOfType(
            ActivityFailure.class,
            () ->
                activities.shipInventory(
                    new ShipInventoryInput(
                        orderId,
                        List.of(
                            new AllocationItem(sku, staged),
                            new AllocationItem(unknownSku, unknownAllocation),
                            new AllocationItem(sku, " ")))));

    ApplicationFailure cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo("ALL_ITEMS_FAILED");
    assertThat(cause.isNonRetryable()).isTrue();
    List<ItemFailure> failures = cause.getDetails().get(0, List.class, FAILURES.getType());
    assertThat(failures)
        .extracting(ItemFailure::code)
        .containsExactly("INVALID_STATE", "UNKNOWN_SKU", "VALIDATION_FAILED");
    assertThat(cause.getOriginalMessage())
        .contains("INVALID_STATE", "UNKNOWN_SKU", "VALIDATION_FAILED");
    assertThat(warehouse.totals(sku).staged()).isEqualTo(1);
  }
}
