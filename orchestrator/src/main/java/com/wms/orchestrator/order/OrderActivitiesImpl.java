package com.wms.orchestrator.order;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OrderActivities} on the order tables. Notifications are recorded here; the webhook is a
 * sink of the order events ({@link NotificationWebhook}), which the order tables' writes publish.
 */
public class OrderActivitiesImpl implements OrderActivities {
  private static final Logger log = LoggerFactory.getLogger(OrderActivitiesImpl.class);

  private final OrderRepository orders;
  private final OrderMetrics metrics;

  public OrderActivitiesImpl(OrderRepository orders, OrderMetrics metrics) {
    this.orders = orders;
    this.metrics = metrics;
  }

  @Override
  public SaveOrderViewOutput saveOrderView(SaveOrderViewInput input) {
    OrderView view = input.view();
    Optional<OrderStatus> before = orders.saveView(view);
    // Counted once per order: a retried save finds the status already there.
    if (view.status() == OrderStatus.NEEDS_RECONCILIATION
        && before.orElse(null) != OrderStatus.NEEDS_RECONCILIATION) {
      metrics.needsReconciliation();
    }
    return new SaveOrderViewOutput(before.isPresent());
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
