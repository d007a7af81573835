package com.wms.orchestrator.order;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * The order side, kept in PostgreSQL by the worker: order status, backorders and notifications.
 * Every method is idempotent, so a retry never doubles a backorder or a notification.
 */
@ActivityInterface
public interface OrderActivities {

  /** Stores the order's latest view (status, stage, lines); newer views replace older ones. */
  @ActivityMethod(name = "SaveOrderView")
  void saveOrderView(OrderView view);

  /**
   * Creates the backorder of an order for the given lines, once per order; returns its id (the
   * existing one on a retry).
   */
  @ActivityMethod(name = "CreateBackorder")
  String createBackorder(String orderId, List<OrderLine> lines);

  /**
   * Records a notification about the order (event such as {@code shipped}), once per order and
   * event. The webhook ({@code WMS_WEBHOOK_URL}) is fed by the order events, which the status
   * changes of the order publish.
   */
  @ActivityMethod(name = "NotifyOrderEvent")
  void notifyOrderEvent(String orderId, String event, String message);
}
