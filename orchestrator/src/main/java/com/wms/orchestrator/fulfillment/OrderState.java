package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentInput;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationInfo;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.ReservedLine;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.inventory.ActivityRecords.StagedItem;
import com.wms.orchestrator.order.AllocationStatus;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.AllocationRef;
import com.wms.orchestrator.order.Stage;
import com.wms.orchestrator.shortage.ShortageStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fulfillment workflow's picture of its order, built only from activity results and accepted
 * updates so that it is deterministic; the inventory service stays the source of truth for stock.
 * Status and stage change only through its methods.
 */
final class OrderState {
  private final FulfillmentInput input;
  private final Map<String, OrderLines.Line> lines = new LinkedHashMap<>();
  private final List<ReservedLine> reservations = new ArrayList<>();
  private final Set<String> releasedReservations = new HashSet<>();
  private final Map<String, Allocation> allocations = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private OrderStatus status = OrderStatus.IN_PROGRESS;
  private Stage stage = Stage.RECEIVED;
  private ShortageStrategy strategy;
  private String backorderId;
  private String reason;

  private static final class Allocation {
    final StagedItem item;
    AllocationStatus status = AllocationStatus.STAGED;

    Allocation(StagedItem item) {
      this.item = item;
    }
  }

  OrderState(FulfillmentInput input) {
    this.input = input;
    for (OrderLine l : input.items()) {
      line(l.sku()).requested += l.quantity();
    }
  }

  OrderStatus status() {
    return status;
  }

  Stage stage() {
    return stage;
  }

  String reason() {
    return reason;
  }

  String orderId() {
    return input.orderId();
  }

  List<OrderLine> lines() {
    return input.items();
  }

  /** True once the order has a final status (it may still be compensating). */
  boolean ended() {
    return status.ended();
  }

  /**
   * Moves the order to a later stage. Stages only move forward (in the order of {@link Stage}), so
   * a step taken twice or out of order is a bug in the workflow: it throws, which fails the
   * workflow task (Temporal retries it) instead of writing a wrong view.
   */
  void enter(Stage next) {
    if (next.ordinal() <= stage.ordinal()) {
      throw new IllegalStateException(
          "order " + orderId() + " cannot move from stage " + stage + " to " + next);
    }
    stage = next;
  }

  /** A short pick waits for a supervisor: on hold in stage shortage_review, with why. */
  void hold(String why) {
    if (stage != Stage.PICKING || status != OrderStatus.IN_PROGRESS) {
      throw new IllegalStateException(
          "order " + orderId() + " can be held only while picking, not in " + stage);
    }
    enter(Stage.SHORTAGE_REVIEW);
    status = OrderStatus.ON_HOLD;
    reason = why;
  }

  /** A supervisor decided to ship what was picked. */
  void resume() {
    if (status != OrderStatus.ON_HOLD) {
      throw new IllegalStateException("order " + orderId() + " is not on hold but " + status);
    }
    status = OrderStatus.IN_PROGRESS;
    reason = null;
  }

  /** The order's final status and why. */
  void end(OrderOutcome outcome) {
    status = outcome.status();
    reason = outcome.reason();
  }

  void strategy(ShortageStrategy decided) {
    strategy = decided;
  }

  void reserved(List<ReservedLine> made) {
    reservations.addAll(made);
    made.forEach(r -> line(r.sku()).reserved += r.quantity());
  }

  void picked(String sku, long quantity) {
    line(sku).picked += quantity;
  }

  /** The reservations to stage: those at a SKU and location whose pick was confirmed. */
  List<StageInventoryItem> toStage(Set<String> confirmedSkuAtLocation) {
    return reservations.stream()
        .filter(r -> confirmedSkuAtLocation.contains(r.sku() + "@" + r.locationId()))
        .map(r -> new StageInventoryItem(r.sku(), r.reservationId()))
        .toList();
  }

  void staged(List<StagedItem> staged) {
    for (StagedItem s : staged) {
      line(s.sku()).staged += s.quantity();
      allocations.put(s.allocationId(), new Allocation(s));
    }
  }

  /**
   * True when a reservation still holds units that were not staged, so there is something to
   * release; a fully staged order skips the release call.
   */
  boolean leftToRelease() {
    return reservations.stream().anyMatch(r -> stagedFrom(r.reservationId()) < r.quantity());
  }

  /**
   * Marks reservations given back to the shelf unpicked: each one's units that were not staged
   * count as released on its line.
   */
  void released(List<String> reservationIds) {
    for (ReservedLine r : reservations) {
      if (reservationIds != null
          && reservationIds.contains(r.reservationId())
          && releasedReservations.add(r.reservationId())) {
        line(r.sku()).released += r.quantity() - stagedFrom(r.reservationId());
      }
    }
  }

  private long stagedFrom(String reservationId) {
    return allocations.values().stream()
        .filter(a -> reservationId.equals(a.item.reservationId()))
        .mapToLong(a -> a.item.quantity())
        .sum();
  }

  /**
   * Takes in an allocation the inventory service holds for the order that this state never saw
   * staged: its StageInventory finished while the order was being cancelled, so its result never
   * arrived. Compensation returns it, and the view has to show that.
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
      allocations.get(held.allocationId()).status = AllocationStatus.PACKED;
      line(held.sku()).packed += held.quantity();
    }
  }

  void packed(InventoryBatchResult result) {
    moved(result, AllocationStatus.PACKED);
  }

  void shipped(InventoryBatchResult result) {
    moved(result, AllocationStatus.SHIPPED);
  }

  void returned(List<String> allocationIds) {
    for (String id : allocationIds) {
      Allocation a = allocations.get(id);
      if (a != null) {
        a.status = AllocationStatus.RETURNED;
        line(a.item.sku()).returned += a.item.quantity();
      }
    }
  }

  /** Units short per SKU: what was ordered and not staged. */
  List<OrderLine> missing() {
    List<OrderLine> out = new ArrayList<>();
    for (OrderLines.Line l : lines.values()) {
      long missing = l.requested - l.staged;
      if (missing > 0) {
        out.add(new OrderLine(l.sku, (int) missing));
      }
    }
    return out;
  }

  void shortOf(List<OrderLine> missing) {
    missing.forEach(m -> line(m.sku()).shortQty = m.quantity());
  }

  String backorderId() {
    return backorderId;
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

  /** Allocations in the given status, e.g. staged ones to pack. */
  List<StagedItem> allocations(AllocationStatus inStatus) {
    return allocations.values().stream()
        .filter(a -> a.status == inStatus)
        .map(a -> a.item)
        .toList();
  }

  long requestedUnits() {
    return lines.values().stream().mapToLong(l -> l.requested).sum();
  }

  long stagedUnits() {
    return lines.values().stream().mapToLong(l -> l.staged).sum();
  }

  boolean fullyShipped() {
    return lines.values().stream().allMatch(l -> l.shipped >= l.requested);
  }

  boolean hasSku(String sku) {
    return lines.containsKey(sku);
  }

  OrderView view() {
    return new OrderView(
        input.orderId(),
        input.customerId(),
        input.priority(),
        status,
        stage,
        lines.values().stream().map(OrderLines::view).toList(),
        allocations.values().stream()
            .map(
                a ->
                    new AllocationRef(
                        a.item.sku(),
                        a.item.allocationId(),
                        a.item.reservationId(),
                        a.item.quantity(),
                        a.status))
            .toList(),
        strategy,
        backorderId,
        reason,
        List.copyOf(failures));
  }

  private void moved(InventoryBatchResult result, AllocationStatus to) {
    for (String id : result.succeeded()) {
      Allocation a = allocations.get(id);
      if (a != null) {
        a.status = to;
        OrderLines.Line l = line(a.item.sku());
        if (to == AllocationStatus.PACKED) {
          l.packed += a.item.quantity();
        } else {
          l.shipped += a.item.quantity();
        }
      }
    }
    failures(result.failures());
  }

  private OrderLines.Line line(String sku) {
    return lines.computeIfAbsent(sku, OrderLines.Line::new);
  }
}
