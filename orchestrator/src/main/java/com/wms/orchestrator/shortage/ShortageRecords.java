package com.wms.orchestrator.shortage;

/** What a short pick reports and what a supervisor decides about it. */
public final class ShortageRecords {
  private ShortageRecords() {}

  /** An item the picker could not fully pick. */
  public record ShortItem(
      String sku, String locationId, int requestedQty, int availableQty, String reason) {}

  /** A supervisor's decision on an order held for review: {@code ship} or {@code cancel}. */
  public record ShortageDecision(String decision, String decidedBy) {}
}
