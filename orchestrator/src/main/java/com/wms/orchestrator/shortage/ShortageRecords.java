package com.wms.orchestrator.shortage;

import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageOutput;
import java.util.List;

/** Inputs, signals and results of {@link StockShortageWorkflow}. */
public final class ShortageRecords {
  private ShortageRecords() {}

  /** An item the picker could not fully pick. */
  public record ShortItem(
      String sku, String locationId, int requestedQty, int availableQty, String reason) {}

  /**
   * @param requestedUnits units the order asked for
   * @param completedUnits units picked and staged
   * @param notifyWorkflowId workflow to tell the strategy as soon as it is decided (the order's
   *     fulfillment workflow), or null
   * @param reviewTimeoutSeconds how long hold_for_review waits for a supervisor before cancelling
   */
  public record ShortageInput(
      String orderId,
      String reportedBy,
      List<ShortItem> shortItems,
      long requestedUnits,
      long completedUnits,
      double threshold,
      String notifyWorkflowId,
      long reviewTimeoutSeconds) {}

  /** A supervisor's decision on an order held for review: {@code ship} or {@code cancel}. */
  public record ShortageDecision(String decision, String decidedBy) {}

  /** Sent to the order's workflow once the strategy is known. */
  public record ShortageNotice(String strategy, double ratio) {}

  /**
   * @param decision ship or cancel; for partial_ship always ship, for full_backorder cancel
   *     (nothing to ship)
   */
  public record ShortageResult(
      String orderId,
      String strategy,
      double ratio,
      String decision,
      String decidedBy,
      List<RecordStockShortageOutput> recorded,
      List<ItemFailure> failures) {}
}
