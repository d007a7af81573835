package com.wms.orchestrator.order;

import com.wms.orchestrator.inventory.InventoryActivityOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The order side on /actuator/prometheus: {@code wms_orders{status}} (how many orders have each
 * status), {@code wms_orders_stuck{stage}} (orders unchanged for longer than their stage may take:
 * picking longer than the pick timeout, shortage review longer than the review timeout, a stage
 * that only runs activities longer than their retries take) and {@code
 * wms_orders_needs_reconciliation_total} (compensations that ended with work left for a person).
 * The gauges are counted in the orders table at most every {@link #REFRESH}, when scraped.
 */
public class OrderMetrics {
  static final Duration REFRESH = Duration.ofSeconds(15);

  private static final Logger log = LoggerFactory.getLogger(OrderMetrics.class);
  private static final List<String> STATUSES =
      List.of(
          OrderStatus.IN_PROGRESS,
          OrderStatus.ON_HOLD,
          OrderStatus.SHIPPED,
          OrderStatus.PARTIALLY_SHIPPED,
          OrderStatus.BACKORDERED,
          OrderStatus.CANCELLED,
          OrderStatus.REJECTED,
          OrderStatus.FAILED,
          OrderStatus.NEEDS_RECONCILIATION);

  private final OrderRepository orders;
  private final Map<String, Duration> stageLimits;
  private final Counter needsReconciliation;
  private Map<String, Long> byStatus = Map.of();
  private Map<String, Long> stuck = Map.of();
  private long countedAt = Long.MIN_VALUE;

  /**
   * Registers the order metrics; an order picking for longer than {@code pickTimeout}, or on hold
   * for longer than {@code reviewTimeout}, plus the time its activities may take, is stuck.
   */
  public OrderMetrics(
      OrderRepository orders, Duration pickTimeout, Duration reviewTimeout, MeterRegistry meters) {
    this.orders = orders;
    this.stageLimits = stageLimits(pickTimeout, reviewTimeout);
    for (String status : STATUSES) {
      Gauge.builder("wms.orders", () -> count(true, status))
          .tag("status", status)
          .description("orders with this status")
          .register(meters);
    }
    for (String stage : stageLimits.keySet()) {
      Gauge.builder("wms.orders.stuck", () -> count(false, stage))
          .tag("stage", stage)
          .description("orders unchanged in this stage for longer than the stage may take")
          .register(meters);
    }
    this.needsReconciliation =
        Counter.builder("wms.orders.needs.reconciliation")
            .description("compensations that ended in needs_reconciliation")
            .register(meters);
  }

  /** A compensation ended with work left for a person (the order is needs_reconciliation). */
  public void needsReconciliation() {
    needsReconciliation.increment();
  }

  /** How long each stage may take before an order in it counts as stuck. */
  static Map<String, Duration> stageLimits(Duration pickTimeout, Duration reviewTimeout) {
    // An activity stage ends within its attempts' start-to-close timeouts, or fails the order.
    Duration activities =
        InventoryActivityOptions.START_TO_CLOSE.multipliedBy(InventoryActivityOptions.MAX_ATTEMPTS);
    Map<String, Duration> limits = new LinkedHashMap<>();
    limits.put(OrderStatus.STAGE_RECEIVED, activities);
    limits.put(OrderStatus.STAGE_RESERVING, activities);
    limits.put(OrderStatus.STAGE_PICKING, pickTimeout.plus(activities));
    limits.put(OrderStatus.STAGE_SHORTAGE_REVIEW, reviewTimeout.plus(activities));
    limits.put(OrderStatus.STAGE_SHIPPING, activities);
    limits.put(OrderStatus.STAGE_COMPENSATING, activities);
    return limits;
  }

  private synchronized double count(boolean status, String key) {
    long now = System.nanoTime();
    if (countedAt == Long.MIN_VALUE || now - countedAt > REFRESH.toNanos()) {
      try {
        byStatus = orders.countByStatus();
        stuck = orders.countStuck(stageLimits);
        countedAt = now;
      } catch (DataAccessException e) {
        // The database is away: show the last counts; its own health check says why.
        log.debug("order metrics not refreshed: {}", e.toString());
      }
    }
    return (status ? byStatus : stuck).getOrDefault(key, 0L);
  }
}
