package com.wms.orchestrator.cancellation;

import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Cancels an order with hard allocations: ReturnInventoryToShelf for every staged or packed
 * allocation, then ReleaseInventoryReservation for any soft reservation left; each retried with
 * backoff; items that still fail are reported for manual reconciliation. Workflow id: {@code
 * cancel-{orderId}}.
 */
@WorkflowInterface
public interface OrderCancellationWorkflowWithAllocations {
  @WorkflowMethod
  CancellationResult cancel(CancellationInput input);
}
