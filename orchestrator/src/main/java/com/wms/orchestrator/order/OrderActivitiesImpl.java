package com.wms.orchestrator.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OrderActivities} on the order tables. Notifications are recorded here; the webhook is a
 * sink of the order events ({@link NotificationWebhook}), which the order tables' writes publish.
 */
public class OrderActivitiesImpl implements OrderActivities {
  private static final Logger log = LoggerFactory.getLogger(OrderActivitiesImpl.class);

  private final OrderRepository orders;

  public OrderActivitiesImpl(OrderRepository orders) {
    this.orders = orders;
  }

  @Override
  public SaveOrderViewOutput saveOrderView(SaveOrderViewInput input) {
    return new SaveOrderViewOutput(orders.saveView(input.view()));
  }

  @Override
  public CreateBackorderOutput createBackorder(CreateBackorderInput input) {
    String id = orders.createBackorder(input.orderId(), input.lines());
    log.info("backorder orderId={} backorderId={} lines={}", input.orderId(), id, input.lines());
    return new CreateBackorderOutput(id);
  }

  @Override
  public NotifyOrderEventOutput notifyOrderEvent(NotifyOrderEventInput input) {
    orders.recordNotification(input.orderId(), input.event(), input.message());
    return new NotifyOrderEventOutput(false);
  }
}
