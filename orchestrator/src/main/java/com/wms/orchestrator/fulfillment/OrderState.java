package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentInput;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationInfo;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.ReservedLine;
import com.wms.orchestrator.inventory.ActivityRecords.StagedItem;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.AllocationRef;
import com.wms.orchestrator.order.OrderView.LineView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fulfillment workflow's picture of its order, built only from activity and child results so
 * that it is deterministic; the inventory service stays the source of truth for stock.
 */
final class OrderState {
  private final FulfillmentInput input;
  private final Map<String, Line> lines = new LinkedHashMap<>();
  private final Map<String, Allocation> allocations = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  String status = OrderStatus.IN_PROGRESS;
  String stage = OrderStatus.STAGE_RECEIVED;
  String strategy;
  String backorderId;
  String reason;

  private static final class Line {
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

  private static final class Allocation {
    final StagedItem item;
    String status = "staged";

    Allocation(StagedItem item) {
      this.item = item;
    }
  }

  OrderState(FulfillmentInput input) {
    this.input = input;
    for (OrderLine l : input.items()) {
      lines.computeIfAbsent(l.sku(), Line::new).requested += l.quantity();
    }
  }

  void reserved(List<ReservedLine> made) {
    made.forEach(r -> line(r.sku()).reserved += r.quantity());
  }

  void picked(String sku, long quantity) {
    line(sku).picked += quantity;
  }

  void staged(List<StagedItem> staged) {
    for (StagedItem s : staged) {
      line(s.sku()).staged += s.quantity();
      allocations.put(s.allocationId(), new Allocation(s));
    }
  }

  /**
   * Takes in an allocation the inventory service holds for the order that this state never saw
   * staged: its StageInventory finished while the order was being cancelled, so the picking child's
   * result never arrived. Compensation returns it, and the view has to show that.
   */
  void held(AllocationInfo held) {
    if (allocations.containsKey(held.allocationId())) {
      return;
    }
    staged(
        List.of(
            new StagedItem(
                held.sku(), held.allocationId(), held.reservationId(), held.quantity())));
    if ("packed".equals(held.status())) {
      allocations.get(held.allocationId()).status = "packed";
      line(held.sku()).packed += held.quantity();
    }
  }

  void packed(InventoryBatchResult result) {
    moved(result, "packed");
  }

  void shipped(InventoryBatchResult result) {
    moved(result, "shipped");
  }

  void returned(List<String> allocationIds) {
    for (String id : allocationIds) {
      Allocation a = allocations.get(id);
      if (a != null) {
        a.status = "returned";
        line(a.item.sku()).returned += a.item.quantity();
      }
    }
  }

  /** Units short per SKU: what was ordered and not staged. */
  List<OrderLine> missing() {
    List<OrderLine> out = new ArrayList<>();
    for (Line l : lines.values()) {
      long missing = l.requested - l.staged;
      if (missing > 0) {
        out.add(new OrderLine(l.sku, (int) missing));
      }
    }
    return out;
  }

  void short_(List<OrderLine> missing) {
    missing.forEach(m -> line(m.sku()).shortQty = m.quantity());
  }

  void backordered(String id, List<OrderLine> backordered) {
    backorderId = id;
    backordered.forEach(m -> line(m.sku()).backordered = m.quantity());
  }

  void failures(List<ItemFailure> items) {
    if (items != null) {
      items.forEach(f -> failures.add(f.code() + ": " + f.sku() + " " + f.item()));
    }
  }

  void failure(String message) {
    failures.add(message);
  }

  /** Allocations in the given status, e.g. "staged" ones to pack. */
  List<StagedItem> allocations(String inStatus) {
    return allocations.values().stream()
        .filter(a -> a.status.equals(inStatus))
        .map(a -> a.item)
        .toList();
  }

  long stagedUnits() {
    return lines.values().stream().mapToLong(l -> l.staged).sum();
  }

  boolean fullyShipped() {
    return lines.values().stream().allMatch(l -> l.shipped >= l.requested);
  }

  String orderId() {
    return input.orderId();
  }

  List<OrderLine> lines() {
    return input.items();
  }

  OrderView view() {
    List<LineView> lineViews = new ArrayList<>();
    for (Line l : lines.values()) {
      lineViews.add(
          new LineView(
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
              state(l)));
    }
    List<AllocationRef> allocationViews = new ArrayList<>();
    for (Allocation a : allocations.values()) {
      allocationViews.add(
          new AllocationRef(
              a.item.sku(),
              a.item.allocationId(),
              a.item.reservationId(),
              a.item.quantity(),
              a.status));
    }
    return new OrderView(
        input.orderId(),
        input.customerId(),
        input.priority(),
        status,
        stage,
        lineViews,
        allocationViews,
        strategy,
        backorderId,
        reason,
        List.copyOf(failures));
  }

  private static String state(Line l) {
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

  private void moved(InventoryBatchResult result, String to) {
    for (String id : result.succeeded()) {
      Allocation a = allocations.get(id);
      if (a != null) {
        a.status = to;
        Line l = line(a.item.sku());
        if ("packed".equals(to)) {
          l.packed += a.item.quantity();
        } else {
          l.shipped += a.item.quantity();
        }
      }
    }
    failures(result.failures());
  }

  private Line line(String sku) {
    return lines.computeIfAbsent(sku, Line::new);
  }
}
