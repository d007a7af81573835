package com.wms.orchestrator.packing;

import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import io.temporal.workflow.Workflow;

/** See {@link PackingWorkflow}. */
public class PackingWorkflowImpl implements PackingWorkflow {
  private final InventoryActivities inventory = InventoryActivityOptions.stub();

  private Packed packed;
  private boolean awaiting;

  @Override
  public InventoryBatchResult pack(PackingInput input) {
    String packedBy = input.packedBy();
    if (!input.autoPack()) {
      awaiting = true;
      Workflow.await(() -> packed != null);
      awaiting = false;
      packedBy = packed.packedBy();
    }
    return inventory.packInventory(
        new PackInventoryInput(input.orderId(), packedBy, input.items()));
  }

  @Override
  public void packed(Packed packed) {
    if (this.packed == null && packed != null) {
      this.packed = packed;
    }
  }

  @Override
  public boolean awaitingPacked() {
    return awaiting;
  }
}
