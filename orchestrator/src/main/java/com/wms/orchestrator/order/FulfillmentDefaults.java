package com.wms.orchestrator.order;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The settings an order starts with: its pick timeout by priority, and the rest alike for every
 * order (from the {@code WMS_*} variables).
 *
 * @param pickTimeouts how long picking waits for the picker, per priority
 * @param packTimeout how long packing waits for the packing station; zero waits without end
 */
public record FulfillmentDefaults(
    Map<OrderPriority, Duration> pickTimeouts,
    double shortageThreshold,
    Duration reviewTimeout,
    Duration packTimeout,
    String stagingLocationId) {

  public FulfillmentDefaults {
    pickTimeouts = Map.copyOf(new EnumMap<>(pickTimeouts));
    for (OrderPriority p : OrderPriority.values()) {
      if (!pickTimeouts.containsKey(p)) {
        throw new IllegalArgumentException("no pick timeout for priority " + p.wire());
      }
    }
  }

  /**
   * Pick timeouts by priority; {@code all}, when set ({@code WMS_PICK_TIMEOUT}), is the timeout of
   * every priority, as it was before priorities had their own.
   */
  public static Map<OrderPriority, Duration> pickTimeouts(
      Duration sameDay, Duration nextDay, Duration standard, Duration all) {
    Map<OrderPriority, Duration> pick = new EnumMap<>(OrderPriority.class);
    pick.put(OrderPriority.SAME_DAY, all != null ? all : sameDay);
    pick.put(OrderPriority.NEXT_DAY, all != null ? all : nextDay);
    pick.put(OrderPriority.STANDARD, all != null ? all : standard);
    return pick;
  }

  /** The options of an order of this priority. */
  public FulfillmentOptions options(OrderPriority priority, boolean autoPack) {
    return new FulfillmentOptions(
        pickTimeouts.get(priority).toSeconds(),
        shortageThreshold,
        reviewTimeout.toSeconds(),
        autoPack,
        stagingLocationId,
        packTimeout.toSeconds());
  }
}
