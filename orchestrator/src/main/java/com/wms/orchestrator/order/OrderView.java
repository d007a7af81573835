package com.wms.orchestrator.order;

import java.util.List;

/**
 * What the order API shows of an order and what the fulfillment workflow's {@code status} query
 * returns.
 *
 * @param status overall status, see {@link OrderStatus}
 * @param stage the step the order is in now
 * @param strategy the shortage strategy, when a pick came up short
 * @param reason why the order was rejected, failed, cancelled or put on hold
 * @param failures items that failed and were not recovered, as "code: item" lines
 */
public record OrderView(
    String orderId,
    String customerId,
    String priority,
    String status,
    String stage,
    List<LineView> lines,
    List<AllocationRef> allocations,
    String strategy,
    String backorderId,
    String reason,
    List<String> failures) {

  /** The view the order API stores when it places an order: every line pending. */
  public static OrderView received(
      String orderId, String customerId, String priority, List<OrderLine> items) {
    java.util.Map<String, Integer> requested = new java.util.LinkedHashMap<>();
    items.forEach(l -> requested.merge(l.sku(), l.quantity(), Integer::sum));
    return new OrderView(
        orderId,
        customerId,
        priority,
        OrderStatus.IN_PROGRESS,
        OrderStatus.STAGE_RECEIVED,
        requested.entrySet().stream()
            .map(e -> new LineView(e.getKey(), e.getValue(), 0, 0, 0, 0, 0, 0, 0, 0, "pending"))
            .toList(),
        List.of(),
        null,
        null,
        null,
        List.of());
  }

  /**
   * One order line's progress in units. {@code state} is the furthest step its units reached:
   * reserved, picked, staged, packed, shipped, short, backordered or returned.
   */
  public record LineView(
      String sku,
      int requested,
      long reserved,
      long picked,
      long staged,
      long packed,
      long shipped,
      long shortQty,
      long backordered,
      long returned,
      String state) {}

  /** A hard allocation of the order. */
  public record AllocationRef(
      String sku, String allocationId, String reservationId, long quantity, String status) {}
}
