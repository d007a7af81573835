package com.wms.orchestrator.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An order's overall status; its JSON (and the orders table) carry the wire word, e.g. {@code
 * in_progress}.
 */
public enum OrderStatus {
  IN_PROGRESS,
  ON_HOLD,
  SHIPPED,
  PARTIALLY_SHIPPED,
  BACKORDERED,
  CANCELLED,
  REJECTED,
  FAILED,
  NEEDS_RECONCILIATION;

  /** The wire word, so that pages and logs show what the API shows. */
  @Override
  public String toString() {
    return wire();
  }

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * True for a status that takes no more requests. A cancelled or failed order gets its status
   * first and is compensated after (stage {@code compensating}); it is finished only in stage
   * {@code done}, and a compensation that gives up still turns it into needs_reconciliation.
   */
  public boolean ended() {
    return this != IN_PROGRESS && this != ON_HOLD;
  }

  /** The status of a wire word; null for a word that names none. */
  public static OrderStatus ofWire(String wire) {
    return WireWords.of(OrderStatus.class, wire);
  }
}
