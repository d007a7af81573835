package com.wms.orchestrator.cancellation;

import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * The compensation steps both cancellation workflows share, run in workflow code with the
 * compensation activity options (many attempts, long backoff). Nothing is dropped: whatever still
 * fails after the last attempt is returned as a failure for manual reconciliation.
 */
final class Compensation {
  private static final Logger log = Workflow.getLogger(Compensation.class);

  private final InventoryActivities inventory = InventoryActivityOptions.compensationStub();

  CancellationResult run(CancellationInput input) {
    List<ItemFailure> failures = new ArrayList<>();
    List<String> returned = new ArrayList<>();
    if (input.allocations() != null && !input.allocations().isEmpty()) {
      try {
        InventoryBatchResult r =
            inventory.returnInventoryToShelf(
                new ReturnInventoryToShelfInput(
                    input.orderId(), input.returnedBy(), input.reason(), input.allocations()));
        returned.addAll(r.succeeded());
        failures.addAll(r.failures());
      } catch (ActivityFailure e) {
        input
            .allocations()
            .forEach(
                a ->
                    failures.add(
                        new ItemFailure(a.sku(), a.allocationId(), code(e), e.getMessage())));
      }
    }
    long released = 0;
    List<String> releasedReservations = List.of();
    try {
      ReleaseInventoryReservationOutput r =
          inventory.releaseInventoryReservation(
              new ReleaseInventoryReservationInput(input.orderId()));
      released = r.releasedUnits();
      releasedReservations = r.reservationIds();
    } catch (ActivityFailure e) {
      failures.add(
          new ItemFailure(null, "reservations of " + input.orderId(), code(e), e.getMessage()));
    }
    if (!failures.isEmpty()) {
      log.error(
          "orderId={} compensation left {} item(s) for reconciliation",
          input.orderId(),
          failures.size());
    }
    return new CancellationResult(
        input.orderId(), released, returned, failures, !failures.isEmpty(), releasedReservations);
  }

  private static String code(ActivityFailure e) {
    return e.getCause() instanceof ApplicationFailure a ? a.getType() : "ACTIVITY_FAILED";
  }
}
