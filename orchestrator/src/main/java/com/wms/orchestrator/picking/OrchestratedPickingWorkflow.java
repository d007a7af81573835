package com.wms.orchestrator.picking;

import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickingInput;
import com.wms.orchestrator.picking.PickingRecords.PickingResult;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Waits for the picker's {@code pickCompleted} (30 minutes by default), then ConfirmInventoryPick →
 * GetReservationIds → StageInventory for what was picked; short items go to a StockShortageWorkflow
 * child. Workflow id: {@code picking-{orderId}}.
 */
@WorkflowInterface
public interface OrchestratedPickingWorkflow {
  @WorkflowMethod
  PickingResult pick(PickingInput input);

  @SignalMethod
  void pickCompleted(PickCompleted report);

  /** True while the workflow waits for {@link #pickCompleted}. */
  @QueryMethod
  boolean awaitingPick();
}
