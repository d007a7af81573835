package com.wms.orchestrator.cancellation;

import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Cancels an order holding only soft reservations: ReleaseInventoryReservation, retried with
 * backoff until it succeeds; when it finally gives up the result says needsReconciliation. Workflow
 * id: {@code cancel-{orderId}}.
 */
@WorkflowInterface
public interface OrderCancellationWorkflow {
  @WorkflowMethod
  CancellationResult cancel(CancellationInput input);
}
