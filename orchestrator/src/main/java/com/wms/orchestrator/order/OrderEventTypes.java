package com.wms.orchestrator.order;

import java.util.ArrayList;
import java.util.List;

/**
 * Which order events a change of an order's status and stage is: a new status is an event of its
 * own ({@code wms.order.shipped}, {@code wms.order.on-hold}, ...), entering the picking stage is
 * {@code wms.order.picking}, and leaving packing for shipping is {@code wms.order.packed}. A return
 * to {@code in_progress} (a hold resolved to ship) is no event of its own; what follows is.
 */
final class OrderEventTypes {
  static final String PREFIX = "wms.order.";
  static final String PLACED = "placed";

  private OrderEventTypes() {}

  /** The event words (the type without its prefix) of the change, in the order they happened. */
  static List<String> of(OrderStatus oldStatus, Stage oldStage, OrderStatus status, Stage stage) {
    List<String> words = new ArrayList<>();
    if (stage != oldStage) {
      if (stage == Stage.PICKING) {
        words.add("picking");
      } else if (oldStage == Stage.PACKING && stage == Stage.SHIPPING) {
        words.add("packed");
      }
    }
    if (status != oldStatus && status != OrderStatus.IN_PROGRESS) {
      words.add(status.wire().replace('_', '-'));
    }
    return words;
  }
}
