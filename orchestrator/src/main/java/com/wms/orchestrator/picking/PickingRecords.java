package com.wms.orchestrator.picking;

import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import java.util.List;

/** The picker's report, taken by the order workflow's {@code pickCompleted} update. */
public final class PickingRecords {
  private PickingRecords() {}

  /** A picked item: units of a SKU taken from a location into a tote. */
  public record PickedItem(String sku, int quantity, String locationId, String toteId) {}

  /** The picker's report: what was picked and what could not be. */
  public record PickCompleted(
      String pickerId, List<PickedItem> pickedItems, List<ShortItem> shortItems) {}
}
