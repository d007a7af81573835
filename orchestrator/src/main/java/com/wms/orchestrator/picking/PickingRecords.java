package com.wms.orchestrator.picking;

import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.StagedItem;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageResult;
import java.util.List;

/** Inputs, signals and results of {@link OrchestratedPickingWorkflow}. */
public final class PickingRecords {
  private PickingRecords() {}

  /**
   * @param pickTimeoutSeconds how long to wait for {@code pickCompleted} (default 30 minutes)
   * @param shortageThreshold fulfillment ratio at or above which a short order ships partially
   * @param reviewTimeoutSeconds how long an order held for review waits for a supervisor
   */
  public record PickingInput(
      String orderId,
      List<OrderLine> lines,
      String stagingLocationId,
      long pickTimeoutSeconds,
      double shortageThreshold,
      long reviewTimeoutSeconds) {}

  /** A picked item: units of a SKU taken from a location into a tote. */
  public record PickedItem(String sku, int quantity, String locationId, String toteId) {}

  /** The picker's report: what was picked and what could not be. */
  public record PickCompleted(
      String pickerId, List<PickedItem> pickedItems, List<ShortItem> shortItems) {}

  /**
   * @param timedOut true when no pickCompleted arrived in time; nothing else is set then
   * @param pickFailures picked items the inventory refused to confirm
   * @param staged the hard allocations made, with their real ids
   * @param stageFailures reservations that could not be staged
   * @param shortage the shortage handling, when items were short
   */
  public record PickingResult(
      String orderId,
      boolean timedOut,
      String pickerId,
      List<PickedItem> picked,
      List<ItemFailure> pickFailures,
      List<StagedItem> staged,
      List<ItemFailure> stageFailures,
      ShortageResult shortage) {}
}
