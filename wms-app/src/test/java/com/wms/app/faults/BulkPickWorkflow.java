package com.wms.app.faults;

import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * A test workflow with the picking workflow's inventory steps over a large batch: confirm every
 * pick, then stage every picked reservation. Its activities heartbeat with a short timeout, so a
 * killed worker's batch moves to another worker within seconds.
 */
@WorkflowInterface
public interface BulkPickWorkflow {
  String TASK_QUEUE = "faults";

  record BulkPickResult(int picked, int staged, List<String> allocationIds) {}

  @WorkflowMethod
  BulkPickResult pickAndStage(String orderId, List<ConfirmInventoryPickItem> items);
}
