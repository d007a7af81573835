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
  static List<String> of(String oldStatus, String oldStage, String status, String stage) {
    List<String> words = new ArrayList<>();
    if (!stage.equals(oldStage)) {
      if (OrderStatus.STAGE_PICKING.equals(stage)) {
        words.add("picking");
      } else if (OrderStatus.STAGE_PACKING.equals(oldStage)
          && OrderStatus.STAGE_SHIPPING.equals(stage)) {
        words.add("packed");
      }
    }
    if (!status.equals(oldStatus) && !OrderStatus.IN_PROGRESS.equals(status)) {
      words.add(status.replace('_', '-'));
    }
    return words;
  }
}
