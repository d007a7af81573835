package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderPriority;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * One order from reservation to shipment, in one workflow: reserve → picking (waits for the
 * picker's {@code pickCompleted}) → shortage review when a short pick needs a supervisor → packing
 * (waits for {@code packed} unless autoPack) → shipping. On failure or cancel it compensates
 * through a cancellation child workflow: soft reservations are released, staged or packed
 * allocations returned to the shelf. Workflow id {@link WorkflowIds#order}, task queue {@link
 * #TASK_QUEUE}.
 *
 * <p>The warehouse's requests are Workflow Updates. Each validator refuses, before anything is
 * written to the history, a request the order cannot take in its current stage (an {@code
 * ApplicationFailure} of type {@link #INVALID_STATE} whose details are the status and the stage) or
 * whose body does not fit the order (type {@link #VALIDATION_FAILED}). An accepted update returns
 * the order's view once the workflow has acted on it, that is once the order has left the stage in
 * which the update was taken.
 */
@WorkflowInterface
public interface OrderFulfillmentWorkflow {

  /** Task queue of every workflow and activity of the orchestrator. */
  String TASK_QUEUE = "orchestrator";

  /** Failure type of a refused update: the order is not in a stage that takes it. */
  String INVALID_STATE = "INVALID_STATE";

  /** Failure type of a refused update: its body does not fit the order. */
  String VALIDATION_FAILED = "VALIDATION_FAILED";

  record FulfillmentInput(
      String orderId,
      String customerId,
      OrderPriority priority,
      List<OrderLine> items,
      FulfillmentOptions options) {}

  /**
   * @param pickTimeoutSeconds how long picking waits for pickCompleted (by priority, 30 min for a
   *     same-day order); then the order fails and its reservations are released
   * @param shortageThreshold fulfillment ratio for partial_ship (default 0.5)
   * @param reviewTimeoutSeconds how long hold_for_review waits for a supervisor (default 72 h)
   * @param autoPack pack right after staging instead of waiting for the packed update
   * @param packTimeoutSeconds how long packing waits for the packed update (default 8 h); then the
   *     order fails and its staged allocations go back to the shelf; 0 waits without end (inputs
   *     recorded before the field existed)
   */
  record FulfillmentOptions(
      long pickTimeoutSeconds,
      double shortageThreshold,
      long reviewTimeoutSeconds,
      boolean autoPack,
      String stagingLocationId,
      long packTimeoutSeconds) {
    public static FulfillmentOptions defaults() {
      return new FulfillmentOptions(1800, 0.5, 72 * 3600, false, "STAGING", 8 * 3600);
    }
  }

  record CancelRequest(String reason, String requestedBy) {}

  record Packed(String packedBy) {}

  @WorkflowMethod
  OrderView fulfill(FulfillmentInput input);

  /** The picker's report; taken while the order waits in stage {@code picking}. */
  @UpdateMethod
  OrderView pickCompleted(PickCompleted report);

  @UpdateValidatorMethod(updateName = "pickCompleted")
  void validatePickCompleted(PickCompleted report);

  /** The packing station's confirmation; taken while the order waits in stage {@code packing}. */
  @UpdateMethod
  OrderView packed(Packed packed);

  @UpdateValidatorMethod(updateName = "packed")
  void validatePacked(Packed packed);

  /** Cancels the order; taken until shipping starts and while nothing is being undone. */
  @UpdateMethod
  OrderView cancel(CancelRequest request);

  @UpdateValidatorMethod(updateName = "cancel")
  void validateCancel(CancelRequest request);

  /** A supervisor's decision; taken while the order is on hold in stage shortage_review. */
  @UpdateMethod
  OrderView resolveShortage(ShortageDecision decision);

  @UpdateValidatorMethod(updateName = "resolveShortage")
  void validateResolveShortage(ShortageDecision decision);

  /** The stage and every line's state. */
  @QueryMethod
  OrderView status();
}
