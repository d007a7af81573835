package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflow;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflowWithAllocations;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationInfo;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsInput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.order.AllocationStatus;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.ChildWorkflowCancellationType;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;

/**
 * Gives back an order's stock through a cancellation child workflow: OrderCancellationWorkflow when
 * the order holds only soft reservations, OrderCancellationWorkflowWithAllocations when it holds
 * staged or packed allocations. The child stays a workflow of its own because it is also started
 * alone (an operator compensating an order whose workflow is gone, the fault tests) and because its
 * long retry budget and its history are the record of what a person may have to reconcile; it runs
 * only on the unhappy paths.
 */
final class Undoing {
  private static final Logger log = Workflow.getLogger(Undoing.class);

  private final InventoryActivities compensating = InventoryActivityOptions.compensationStub();
  private final OrderState state;

  Undoing(OrderState state) {
    this.state = state;
  }

  /** Compensates; the outcome stays, or becomes needs_reconciliation when something is left. */
  OrderOutcome run(OrderOutcome.Undo undo) {
    List<AllocationItem> held = heldAllocations();
    CancellationInput input =
        new CancellationInput(state.orderId(), undo.reason(), undo.requestedBy(), held);
    CancellationResult result =
        held.isEmpty()
            ? child(OrderCancellationWorkflow.class).cancel(input)
            : child(OrderCancellationWorkflowWithAllocations.class).cancel(input);
    state.returned(result.returnedAllocations());
    state.released(result.releasedReservations());
    state.failures(result.failures());
    return result.needsReconciliation()
        ? new OrderOutcome.NeedsReconciliation(undo.reason())
        : undo;
  }

  /**
   * The staged or packed allocations to return: as the inventory service holds them (so that an
   * allocation made by an activity that finished while the order was being cancelled is returned
   * too), or, when it cannot be asked, the ones this workflow staged and did not move on, so that
   * the cancellation still runs and records what it could not undo.
   */
  private List<AllocationItem> heldAllocations() {
    try {
      List<AllocationInfo> held =
          compensating
              .getOrderAllocations(new GetOrderAllocationsInput(state.orderId()))
              .allocations()
              .stream()
              .filter(a -> "staged".equals(a.status()) || "packed".equals(a.status()))
              .toList();
      held.forEach(state::held);
      return held.stream().map(a -> new AllocationItem(a.sku(), a.allocationId())).toList();
    } catch (ActivityFailure e) {
      log.warn("orderId={} allocations unknown, returning its own: {}", state.orderId(), e);
      return Stream.concat(
              state.allocations(AllocationStatus.STAGED).stream(),
              state.allocations(AllocationStatus.PACKED).stream())
          .map(s -> new AllocationItem(s.sku(), s.allocationId()))
          .toList();
    }
  }

  private <T> T child(Class<T> type) {
    return Workflow.newChildWorkflowStub(
        type,
        ChildWorkflowOptions.newBuilder()
            .setWorkflowId(WorkflowIds.cancellation(state.orderId()))
            .setTaskQueue(OrderFulfillmentWorkflow.TASK_QUEUE)
            .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_TERMINATE)
            .setCancellationType(ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED)
            .build());
  }
}
