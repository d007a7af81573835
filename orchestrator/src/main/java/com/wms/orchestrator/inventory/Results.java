package com.wms.orchestrator.inventory;

import com.wms.inventory.api.ReservationView;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemOutcome;
import com.wms.orchestrator.inventory.ActivityRecords.ReservationRef;
import com.wms.orchestrator.inventory.ActivityRecords.ReservedLine;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.StagedItem;
import java.util.List;

/** Maps service views and batch outcomes to the activities' result records. */
final class Results {
  private Results() {}

  static InventoryBatchResult batch(String orderId, List<ItemOutcome> results) {
    return new InventoryBatchResult(
        orderId,
        results.size(),
        results.stream().filter(ItemOutcome::succeeded).map(ItemOutcome::item).toList(),
        results.stream().filter(r -> !r.succeeded()).map(ItemOutcome::asFailure).toList());
  }

  /** The seed's output: staged items, failed reservation ids, allocation ids, plus why. */
  static StageInventoryOutput staged(List<ItemOutcome> results) {
    List<StagedItem> staged =
        results.stream()
            .filter(ItemOutcome::succeeded)
            .map(r -> new StagedItem(r.sku(), r.allocationId(), r.item(), r.quantity()))
            .toList();
    List<ItemOutcome> failed = results.stream().filter(r -> !r.succeeded()).toList();
    return new StageInventoryOutput(
        staged,
        failed.stream().map(ItemOutcome::item).toList(),
        staged.stream().map(StagedItem::allocationId).toList(),
        failed.stream().map(ItemOutcome::asFailure).toList());
  }

  static ReservedLine reserved(ReservationView r) {
    return new ReservedLine(r.reservationId(), r.sku(), r.locationId(), r.quantity());
  }

  static ReservationRef ref(ReservationView r) {
    return new ReservationRef(
        r.reservationId(),
        r.sku(),
        r.locationId(),
        r.quantity(),
        r.reservedQuantity(),
        r.pickedQuantity(),
        r.status());
  }
}
