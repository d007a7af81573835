package com.wms.orchestrator.shortage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a short pick reports and what a supervisor decides about it. */
public final class ShortageRecords {
  private ShortageRecords() {}

  /** An item the picker could not fully pick. */
  public record ShortItem(
      String sku, String locationId, int requestedQty, int availableQty, String reason) {}

  /** A supervisor's decision on an order held for review. */
  public record ShortageDecision(Decision decision, String decidedBy) {}

  /** Ship what was picked, or cancel the order; JSON {@code ship} or {@code cancel}. */
  public enum Decision {
    SHIP,
    CANCEL;

    @Override
    public String toString() {
      return wire();
    }

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
