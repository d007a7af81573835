package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.order.LineState;
import com.wms.orchestrator.order.OrderView.LineView;

/** An order line's units per step, and the pure rule that names its state. */
final class OrderLines {
  private OrderLines() {}

  /** Units of one SKU of the order at each step; changed only by {@link OrderState}. */
  static final class Line {
    final String sku;
    int requested;
    long reserved;
    long picked;
    long staged;
    long packed;
    long shipped;
    long shortQty;
    long backordered;
    long returned;
    long released;

    Line(String sku) {
      this.sku = sku;
    }
  }

  static LineView view(Line l) {
    return new LineView(
        l.sku,
        l.requested,
        l.reserved,
        l.picked,
        l.staged,
        l.packed,
        l.shipped,
        l.shortQty,
        l.backordered,
        l.returned,
        state(l));
  }

  /**
   * The furthest step the line's units reached, the later step winning: returned to the shelf,
   * shipped, backordered (with nothing staged), packed, staged, short, released (its reservation
   * given back unpicked), picked, reserved, else pending.
   */
  static LineState state(Line l) {
    if (l.returned > 0) {
      return LineState.RETURNED;
    }
    if (l.shipped > 0) {
      return LineState.SHIPPED;
    }
    if (l.backordered > 0 && l.staged == 0) {
      return LineState.BACKORDERED;
    }
    if (l.packed > 0) {
      return LineState.PACKED;
    }
    if (l.staged > 0) {
      return LineState.STAGED;
    }
    if (l.shortQty > 0) {
      return LineState.SHORT;
    }
    if (l.released > 0) {
      return LineState.RELEASED;
    }
    if (l.picked > 0) {
      return LineState.PICKED;
    }
    return l.reserved > 0 ? LineState.RESERVED : LineState.PENDING;
  }
}
