package com.wms.orchestrator.order;

import com.wms.orchestrator.shortage.ShortageStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the order API shows of an order, what the fulfillment workflow saves at every change of
 * stage or status and what its updates and {@code status} query return. Every state is an enum
 * whose JSON is the wire word.
 *
 * @param status overall status
 * @param stage the step the order is in now
 * @param strategy the shortage strategy, when a pick came up short
 * @param reason why the order was rejected, failed, cancelled or put on hold
 * @param failures items that failed and were not recovered, as "code: item" lines
 */
public record OrderView(
    String orderId,
    String customerId,
    OrderPriority priority,
    OrderStatus status,
    Stage stage,
    List<LineView> lines,
    List<AllocationRef> allocations,
    ShortageStrategy strategy,
    String backorderId,
    String reason,
    List<String> failures) {

  /** The view the order API stores when it places an order: every line pending. */
  public static OrderView received(
      String orderId, String customerId, OrderPriority priority, List<OrderLine> items) {
    Map<String, Integer> requested = new LinkedHashMap<>();
    items.forEach(l -> requested.merge(l.sku(), l.quantity(), Integer::sum));
    return new OrderView(
        orderId,
        customerId,
        priority,
        OrderStatus.IN_PROGRESS,
        Stage.RECEIVED,
        requested.entrySet().stream()
            .map(
                e ->
                    new LineView(
                        e.getKey(), e.getValue(), 0, 0, 0, 0, 0, 0, 0, 0, LineState.PENDING))
            .toList(),
        List.of(),
        null,
        null,
        null,
        List.of());
  }

  /** One order line's progress in units, and the furthest step its units reached. */
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
      LineState state) {}

  /** A hard allocation of the order. */
  public record AllocationRef(
      String sku,
      String allocationId,
      String reservationId,
      long quantity,
      AllocationStatus status) {}
}
