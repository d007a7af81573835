package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageNotice;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * One order from reservation to shipment: ReserveInventory → OrchestratedPickingWorkflow (child) →
 * PackingWorkflow → ShippingWorkflow. On failure or cancel it compensates through the cancellation
 * workflows: soft reservations are released, staged or packed allocations returned to the shelf.
 * Workflow id: {@code order-{orderId}}, task queue {@code orchestrator}.
 */
@WorkflowInterface
public interface OrderFulfillmentWorkflow {

  /** Task queue of every workflow and activity of the orchestrator. */
  String TASK_QUEUE = "orchestrator";

  static String workflowId(String orderId) {
    return "order-" + orderId;
  }

  record FulfillmentInput(
      String orderId,
      String customerId,
      String priority,
      List<OrderLine> items,
      FulfillmentOptions options) {}

  /**
   * @param pickTimeoutSeconds how long picking waits for pickCompleted (default 1800)
   * @param shortageThreshold fulfillment ratio for partial_ship (default 0.5)
   * @param reviewTimeoutSeconds how long hold_for_review waits for a supervisor (default 72 h)
   * @param autoPack pack right after staging instead of waiting for the packed signal
   */
  record FulfillmentOptions(
      long pickTimeoutSeconds,
      double shortageThreshold,
      long reviewTimeoutSeconds,
      boolean autoPack,
      String stagingLocationId) {
    public static FulfillmentOptions defaults() {
      return new FulfillmentOptions(1800, 0.5, 72 * 3600, false, "STAGING");
    }
  }

  record CancelRequest(String reason, String requestedBy) {}

  @WorkflowMethod
  OrderView fulfill(FulfillmentInput input);

  /**
   * Asks to cancel. Taken until shipping starts; afterwards it is refused and the refusal shows in
   * the status view's reason.
   */
  @SignalMethod
  void cancel(CancelRequest request);

  /** Sent by the StockShortageWorkflow child as soon as it decided the strategy. */
  @SignalMethod
  void shortageDecided(ShortageNotice notice);

  /** The stage and every line's state. */
  @QueryMethod
  OrderView status();
}
