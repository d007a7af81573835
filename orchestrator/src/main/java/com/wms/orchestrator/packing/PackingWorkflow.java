package com.wms.orchestrator.packing;

import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryItem;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * PackInventory for the order's allocations, right away ({@code autoPack}) or when the packing
 * station signals {@code packed}. Workflow id: {@code packing-{orderId}}.
 */
@WorkflowInterface
public interface PackingWorkflow {

  /**
   * @param packedBy who packs when autoPack is set
   */
  record PackingInput(
      String orderId, List<PackInventoryItem> items, boolean autoPack, String packedBy) {}

  record Packed(String packedBy) {}

  @WorkflowMethod
  InventoryBatchResult pack(PackingInput input);

  @SignalMethod
  void packed(Packed packed);

  @QueryMethod
  boolean awaitingPacked();
}
