package com.wms.orchestrator.fulfillment;

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

  /** The furthest step the line's units reached. */
  static String state(Line l) {
    if (l.returned > 0) {
      return "returned";
    }
    if (l.shipped > 0) {
      return "shipped";
    }
    if (l.backordered > 0 && l.staged == 0) {
      return "backordered";
    }
    if (l.packed > 0) {
      return "packed";
    }
    if (l.staged > 0) {
      return "staged";
    }
    if (l.shortQty > 0) {
      return "short";
    }
    if (l.picked > 0) {
      return "picked";
    }
    return l.reserved > 0 ? "reserved" : "pending";
  }
}
