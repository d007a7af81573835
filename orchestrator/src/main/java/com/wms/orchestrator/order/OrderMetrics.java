package com.wms.orchestrator.order;

import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.order.OrderRepository.StuckLimit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The order side on /actuator/prometheus: {@code wms_orders{status}} (how many orders have each
 * status), {@code wms_orders_stuck{stage}} (orders unchanged for longer than their stage may take:
 * picking longer than the pick timeout of the order's priority, packing longer than the pack
 * timeout, shortage review longer than the review timeout, a stage that only runs activities longer
 * than their retries take) and {@code wms_orders_needs_reconciliation_total} (compensations that
 * ended with work left for a person). The gauges are counted in the orders table at most every
 * {@link #REFRESH}, when scraped.
 */
public class OrderMetrics {
  static final Duration REFRESH = Duration.ofSeconds(15);

  /**
   * The original system's priorities, which orders placed before priorities had ours still hold.
   */
  private static final List<String> LEGACY_PRIORITIES = List.of("urgent", "high", "normal", "low");

  private static final Logger log = LoggerFactory.getLogger(OrderMetrics.class);

  private final OrderRepository orders;
  private final List<StuckLimit> stuckLimits;
  private final Counter needsReconciliation;
  private Map<String, Long> byStatus = Map.of();
  private Map<String, Long> stuck = Map.of();
  private long countedAt = Long.MIN_VALUE;

  /** Registers the order metrics; what counts as stuck follows the orders' own timeouts. */
  public OrderMetrics(OrderRepository orders, FulfillmentDefaults defaults, MeterRegistry meters) {
    this.orders = orders;
    this.stuckLimits = stuckLimits(defaults);
    for (OrderStatus status : OrderStatus.values()) {
      Gauge.builder("wms.orders", () -> count(true, status.wire()))
          .tag("status", status.wire())
          .description("orders with this status")
          .register(meters);
    }
    Set<Stage> stages = new LinkedHashSet<>();
    stuckLimits.forEach(l -> stages.add(l.stage()));
    for (Stage stage : stages) {
      Gauge.builder("wms.orders.stuck", () -> count(false, stage.wire()))
          .tag("stage", stage.wire())
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
  static List<StuckLimit> stuckLimits(FulfillmentDefaults defaults) {
    // An activity stage ends within its attempts' start-to-close timeouts, or fails the order.
    Duration activities =
        InventoryActivityOptions.START_TO_CLOSE.multipliedBy(InventoryActivityOptions.MAX_ATTEMPTS);
    List<StuckLimit> limits = new ArrayList<>();
    limits.add(new StuckLimit(Stage.RECEIVED, null, activities));
    limits.add(new StuckLimit(Stage.RESERVING, null, activities));
    List<String> priorities = new ArrayList<>();
    Arrays.stream(OrderPriority.values()).forEach(p -> priorities.add(p.wire()));
    priorities.addAll(LEGACY_PRIORITIES);
    for (String word : priorities) {
      Duration pick = defaults.pickTimeouts().get(OrderPriority.ofWire(word));
      limits.add(new StuckLimit(Stage.PICKING, word, pick.plus(activities)));
    }
    limits.add(
        new StuckLimit(Stage.SHORTAGE_REVIEW, null, defaults.reviewTimeout().plus(activities)));
    // A pack timeout of zero waits for the packing station without end: never stuck.
    if (!defaults.packTimeout().isZero()) {
      limits.add(new StuckLimit(Stage.PACKING, null, defaults.packTimeout().plus(activities)));
    }
    limits.add(new StuckLimit(Stage.SHIPPING, null, activities));
    limits.add(new StuckLimit(Stage.COMPENSATING, null, activities));
    return limits;
  }

  private synchronized double count(boolean status, String key) {
    long now = System.nanoTime();
    if (countedAt == Long.MIN_VALUE || now - countedAt > REFRESH.toNanos()) {
      try {
        byStatus = orders.countByStatus();
        stuck = orders.countStuck(stuckLimits);
        countedAt = now;
      } catch (DataAccessException e) {
        // The database is away: show the last counts; its own health check says why.
        log.debug("order metrics not refreshed: {}", e.toString());
      }
    }
    return (status ? byStatus : stuck).getOrDefault(key, 0L);
  }
}
