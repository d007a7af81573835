package com.wms.orchestrator.shipping;

import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.order.OrderActivities;
import io.temporal.workflow.Workflow;

/** See {@link ShippingWorkflow}. */
public class ShippingWorkflowImpl implements ShippingWorkflow {
  private final InventoryActivities inventory = InventoryActivityOptions.stub();
  private final OrderActivities orders =
      Workflow.newActivityStub(OrderActivities.class, InventoryActivityOptions.defaults());

  @Override
  public InventoryBatchResult ship(ShippingInput input) {
    InventoryBatchResult shipped =
        inventory.shipInventory(new ShipInventoryInput(input.orderId(), input.items()));
    orders.notifyOrderEvent(
        input.orderId(),
        "shipped",
        shipped.succeeded().size() + " of " + shipped.total() + " allocation(s) shipped");
    return shipped;
  }
}
