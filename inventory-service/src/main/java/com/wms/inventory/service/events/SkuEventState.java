package com.wms.inventory.service.events;

import com.wms.inventory.api.Totals;
import com.wms.inventory.core.Movement;
import com.wms.inventory.core.SkuTotals;

/**
 * A SKU as its published events leave it: the last movement published, the buckets after it, and
 * whether available stock is at or below the reorder point (as {@code GET /inventory?lowStock=true}
 * has it; a new SKU, with nothing available, is).
 */
record SkuEventState(long lastMovementId, SkuTotals totals, boolean lowStock) {
  static final SkuEventState NEW = new SkuEventState(0, SkuTotals.ZERO, true);

  /** The state after movement {@code id}; refuses a movement older than the last one published. */
  SkuEventState after(long id, Movement m, long reorderPoint) {
    if (id <= lastMovementId) {
      throw new IllegalStateException(
          "ledger row "
              + id
              + " of sku "
              + m.sku()
              + " comes after row "
              + lastMovementId
              + ": the per-SKU order of the ledger is broken");
    }
    SkuTotals next = totals.plus(m);
    return new SkuEventState(id, next, next.available() <= reorderPoint);
  }

  Totals wire() {
    return new Totals(
        totals.available(),
        totals.reserved(),
        totals.picked(),
        totals.staged(),
        totals.packed(),
        totals.onHand(),
        totals.received(),
        totals.shipped(),
        totals.lost(),
        totals.adjustedIn(),
        totals.adjustedOut());
  }
}
