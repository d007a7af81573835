package com.wms.orchestrator.cancellation;

import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import java.util.List;

/** Inputs and results of the two cancellation workflows. */
public final class CancellationRecords {
  private CancellationRecords() {}

  /**
   * @param allocations staged or packed allocations to return; empty for soft reservations only
   * @param returnedBy who asked (user or "system")
   */
  public record CancellationInput(
      String orderId, String reason, String returnedBy, List<AllocationItem> allocations) {}

  /**
   * @param needsReconciliation true when compensation gave up; {@code failures} lists what a person
   *     has to fix by hand
   * @param releasedReservations the reservations given back to the shelf (null in results recorded
   *     before it was added)
   */
  public record CancellationResult(
      String orderId,
      long releasedUnits,
      List<String> returnedAllocations,
      List<ItemFailure> failures,
      boolean needsReconciliation,
      List<String> releasedReservations) {}
}
