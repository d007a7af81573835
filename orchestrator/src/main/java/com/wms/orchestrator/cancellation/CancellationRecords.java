package com.wms.orchestrator.cancellation;

import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfItem;
import java.util.List;

/** Inputs and results of the two cancellation workflows. */
public final class CancellationRecords {
  private CancellationRecords() {}

  /**
   * @param allocations staged or packed allocations to return; empty for soft reservations only
   * @param returnedBy who asked (user or "system")
   */
  public record CancellationInput(
      String orderId,
      String reason,
      String returnedBy,
      List<ReturnInventoryToShelfItem> allocations) {}

  /**
   * @param needsReconciliation true when compensation gave up; {@code failures} lists what a person
   *     has to fix by hand
   */
  public record CancellationResult(
      String orderId,
      long releasedUnits,
      List<String> returnedAllocations,
      List<ItemFailure> failures,
      boolean needsReconciliation) {}
}
