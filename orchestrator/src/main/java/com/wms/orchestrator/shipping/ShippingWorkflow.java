package com.wms.orchestrator.shipping;

import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryItem;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * ShipInventory for the packed allocations, then notifies that the order shipped. Workflow id:
 * {@code shipping-{orderId}}.
 */
@WorkflowInterface
public interface ShippingWorkflow {
  record ShippingInput(String orderId, List<ShipInventoryItem> items) {}

  @WorkflowMethod
  InventoryBatchResult ship(ShippingInput input);
}
