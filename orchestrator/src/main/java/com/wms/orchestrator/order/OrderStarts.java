package com.wms.orchestrator.order;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow;
import com.wms.orchestrator.fulfillment.WorkflowIds;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.Priority;

/** How an order's workflow is started: its id, task queue, and the priority of its tasks. */
public final class OrderStarts {
  private OrderStarts() {}

  /**
   * One workflow per order id, ever; same-day orders' tasks are dispatched first (the workflow's
   * own and, by Temporal's inheritance, those of its activities and child workflows).
   */
  public static WorkflowOptions options(String orderId, OrderPriority priority) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(WorkflowIds.order(orderId))
        .setTaskQueue(OrderFulfillmentWorkflow.TASK_QUEUE)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setPriority(Priority.newBuilder().setPriorityKey(priority.taskPriority()).build())
        .build();
  }
}
