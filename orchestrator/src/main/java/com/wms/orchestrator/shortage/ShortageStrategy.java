package com.wms.orchestrator.shortage;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What to do with an order whose pick came up short, decided by its fulfillment ratio (units picked
 * and staged over units ordered).
 */
public enum ShortageStrategy {
  /** Ship what was picked and backorder the rest. */
  PARTIAL_SHIP,
  /** Too little was picked to ship without a person deciding: wait for a supervisor. */
  HOLD_FOR_REVIEW,
  /** Nothing was picked: backorder the whole order. */
  FULL_BACKORDER;

  /** The default threshold: at least half the units picked ships partially. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** The wire word, so that pages and logs show what the API shows. */
  @Override
  public String toString() {
    return wireName();
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Decides the strategy. Pure, so the workflow stays deterministic and the rule is unit-tested.
   *
   * @param requested units ordered, at least 1
   * @param completed units picked and staged, 0..requested
   * @param threshold ratio at or above which a partial shipment goes out, in (0, 1]
   */
  public static ShortageStrategy decide(long requested, long completed, double threshold) {
    if (requested <= 0 || completed < 0 || completed > requested) {
      throw new IllegalArgumentException(
          "need 0 <= completed <= requested and requested > 0, got " + completed + "/" + requested);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    if (completed == 0) {
      return FULL_BACKORDER;
    }
    return ratio(requested, completed) >= threshold ? PARTIAL_SHIP : HOLD_FOR_REVIEW;
  }

  public static double ratio(long requested, long completed) {
    return (double) completed / (double) requested;
  }
}
