package com.wms.orchestrator.fulfillment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.wms.orchestrator.inventory.ActivityRecords.AllocationInfo;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsOutput;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReservedLine;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.StagedItem;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers for the mocked {@link InventoryActivities}, derived from their inputs: reservation {@code
 * res-SKU} and allocation {@code alloc-SKU} per SKU, and the picked quantity that
 * ConfirmInventoryPick reported for an order is what StageInventory stages.
 */
final class FakeInventory {
  static final String A = "SKU-A";
  static final String B = "SKU-B";

  /** Every test order: 4 of A and 6 of B, 10 units. */
  static final List<OrderLine> LINES = List.of(new OrderLine(A, 4), new OrderLine(B, 6));

  private FakeInventory() {}

  static String reservation(String sku) {
    return "res-" + sku;
  }

  static String allocation(String sku) {
    return "alloc-" + sku;
  }

  static String location(String sku) {
    return "L-" + sku;
  }

  static StagedItem staged(String sku, long quantity) {
    return new StagedItem(sku, allocation(sku), reservation(sku), quantity);
  }

  /** A single-line order: 1 unit of A. */
  static final List<OrderLine> ONE_LINE = List.of(new OrderLine(A, 1));

  static PickCompleted fullPickOfOneLine() {
    return new PickCompleted("picker-1", List.of(picked(A, 1)), List.of());
  }

  static PickCompleted fullPick() {
    return new PickCompleted("picker-1", List.of(picked(A, 4), picked(B, 6)), List.of());
  }

  /** 6 of 10 units: A in full, 2 of B. */
  static PickCompleted partialPick() {
    return new PickCompleted(
        "picker-1",
        List.of(picked(A, 4), picked(B, 2)),
        List.of(new ShortItem(B, location(B), 6, 2, "quantity_mismatch")));
  }

  /** 4 of 10 units: A in full, no B. */
  static PickCompleted fewPicked() {
    return new PickCompleted(
        "picker-1",
        List.of(picked(A, 4)),
        List.of(new ShortItem(B, location(B), 6, 0, "not_found")));
  }

  static PickCompleted nothingPicked() {
    return new PickCompleted(
        "picker-1",
        List.of(),
        List.of(
            new ShortItem(A, location(A), 4, 0, "not_found"),
            new ShortItem(B, location(B), 6, 0, "damaged")));
  }

  /** What GetOrderAllocations answers after a full pick: both lines staged. */
  static GetOrderAllocationsOutput stagedAllocations() {
    return held(
        List.of(
            new AllocationInfo(allocation(A), reservation(A), A, 4, "staged"),
            new AllocationInfo(allocation(B), reservation(B), B, 6, "staged")));
  }

  /** What GetOrderAllocations answers once only A is staged. */
  static GetOrderAllocationsOutput stagedA() {
    return held(List.of(new AllocationInfo(allocation(A), reservation(A), A, 4, "staged")));
  }

  static GetOrderAllocationsOutput held(List<AllocationInfo> allocations) {
    return new GetOrderAllocationsOutput("any", allocations);
  }

  /** The release of an order, as the inventory service would answer it. */
  static ReleaseInventoryReservationInput release(String orderId) {
    return new ReleaseInventoryReservationInput(orderId);
  }

  /** The allocation items of the SKUs, to pack, ship or return. */
  static List<AllocationItem> allocationItems(String... skus) {
    return java.util.Arrays.stream(skus).map(s -> new AllocationItem(s, allocation(s))).toList();
  }

  /** What a release answers: both reservations of the order given back. */
  static ReleaseInventoryReservationOutput released(String orderId) {
    return new ReleaseInventoryReservationOutput(
        orderId, 10, List.of(reservation(A), reservation(B)));
  }

  private static PickedItem picked(String sku, int quantity) {
    return new PickedItem(sku, quantity, location(sku), "tote-1");
  }

  /** Stubs every inventory activity; a test overrides what its branch needs. */
  static void stub(InventoryActivities inventory) {
    Map<String, Long> pickedBySku = new ConcurrentHashMap<>();
    when(inventory.reserveInventory(any()))
        .thenAnswer(
            call -> {
              ReserveInventoryInput in = call.getArgument(0);
              return new ReserveInventoryOutput(
                  in.orderId(),
                  in.items().stream()
                      .map(
                          i ->
                              new ReservedLine(
                                  reservation(i.sku()), i.sku(), location(i.sku()), i.quantity()))
                      .toList());
            });
    when(inventory.confirmInventoryPick(any()))
        .thenAnswer(
            call -> {
              ConfirmInventoryPickInput in = call.getArgument(0);
              for (ConfirmInventoryPickItem i : in.pickedItems()) {
                pickedBySku.merge(in.orderId() + "/" + i.sku(), (long) i.quantity(), Long::sum);
              }
              return batch(
                  in.orderId(),
                  in.pickedItems().stream().map(i -> i.sku() + "@" + i.locationId()).toList());
            });
    when(inventory.stageInventory(any()))
        .thenAnswer(
            call -> {
              StageInventoryInput in = call.getArgument(0);
              List<StagedItem> staged =
                  in.items().stream()
                      .map(i -> staged(i.sku(), pickedBySku.get(in.orderId() + "/" + i.sku())))
                      .toList();
              return new StageInventoryOutput(
                  staged,
                  List.of(),
                  staged.stream().map(StagedItem::allocationId).toList(),
                  List.of());
            });
    when(inventory.packInventory(any()))
        .thenAnswer(
            call -> {
              PackInventoryInput in = call.getArgument(0);
              return batch(
                  in.orderId(), in.items().stream().map(AllocationItem::allocationId).toList());
            });
    when(inventory.shipInventory(any()))
        .thenAnswer(
            call -> {
              ShipInventoryInput in = call.getArgument(0);
              return batch(
                  in.orderId(), in.items().stream().map(AllocationItem::allocationId).toList());
            });
    when(inventory.returnInventoryToShelf(any()))
        .thenAnswer(
            call -> {
              ReturnInventoryToShelfInput in = call.getArgument(0);
              return batch(
                  in.orderId(), in.items().stream().map(AllocationItem::allocationId).toList());
            });
    when(inventory.releaseInventoryReservation(any()))
        .thenAnswer(
            call -> released(call.<ReleaseInventoryReservationInput>getArgument(0).orderId()));
    when(inventory.getOrderAllocations(any())).thenAnswer(call -> held(List.of()));
    when(inventory.recordStockShortage(any()))
        .thenAnswer(
            call -> {
              RecordStockShortageInput in = call.getArgument(0);
              long shortfall = (long) in.expectedQty() - in.actualQty();
              return new RecordStockShortageOutput(in.sku(), in.locationId(), shortfall, shortfall);
            });
  }

  private static InventoryBatchResult batch(String orderId, List<String> succeeded) {
    return new InventoryBatchResult(orderId, succeeded.size(), succeeded, List.of());
  }
}
