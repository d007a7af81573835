package com.wms.orchestrator.order;

import java.util.List;
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
  public void saveOrderView(OrderView view) {
    orders.saveView(view);
  }

  @Override
  public String createBackorder(String orderId, List<OrderLine> lines) {
    String id = orders.createBackorder(orderId, lines);
    log.info("backorder orderId={} backorderId={} lines={}", orderId, id, lines);
    return id;
  }

  @Override
  public void notifyOrderEvent(String orderId, String event, String message) {
    orders.recordNotification(orderId, event, message);
  }
}
