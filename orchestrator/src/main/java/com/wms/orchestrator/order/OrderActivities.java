package com.wms.orchestrator.order;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * The order side, kept in PostgreSQL by the worker: order status, backorders and notifications.
 * Every method is idempotent, so a retry never doubles a backorder or a notification. One input
 * record in, one result record out.
 */
@ActivityInterface
public interface OrderActivities {

  /** An order's lines to backorder. */
  record CreateBackorderInput(String orderId, List<OrderLine> lines) {}

  record CreateBackorderOutput(String backorderId) {}

  /** A notification about an order: an event such as {@code shipped} and a message. */
  record NotifyOrderEventInput(String orderId, String event, String message) {}

  /**
   * @param posted always false: the webhook is a sink of the order events ({@code
   *     NotificationWebhook}), not of this activity; the field stays so that results recorded in
   *     older histories still decode
   */
  record NotifyOrderEventOutput(boolean posted) {}

  /** The order's view as the workflow has it now. */
  record SaveOrderViewInput(OrderView view) {}

  /**
   * @param saved false when the order is not in the order table (its row was never written), so the
   *     view had nowhere to go
   */
  record SaveOrderViewOutput(boolean saved) {}

  /**
   * Stores the order's latest view (status, stage, lines). The fulfillment workflow calls it as a
   * local activity at every change of stage or status, so the order API reads orders from the
   * database alone.
   */
  @ActivityMethod(name = "SaveOrderView")
  SaveOrderViewOutput saveOrderView(SaveOrderViewInput input);

  /**
   * Creates the backorder of an order for the given lines, once per order; returns its id (the
   * existing one on a retry).
   */
  @ActivityMethod(name = "CreateBackorder")
  CreateBackorderOutput createBackorder(CreateBackorderInput input);

  /**
   * Records a notification about the order (event such as {@code shipped}), once per order and
   * event. The webhook ({@code WMS_WEBHOOK_URL}) is fed by the order events, which the status
   * changes of the order publish.
   */
  @ActivityMethod(name = "NotifyOrderEvent")
  NotifyOrderEventOutput notifyOrderEvent(NotifyOrderEventInput input);
}
