package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ItemFailure;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveItem;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryOutput;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.order.AllocationStatus;
import com.wms.orchestrator.order.OrderActivities;
import com.wms.orchestrator.order.OrderActivities.CreateBackorderInput;
import com.wms.orchestrator.order.OrderActivities.NotifyOrderEventInput;
import com.wms.orchestrator.order.OrderActivities.SaveOrderViewInput;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.shortage.ShortageRecords.ShortItem;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The activity calls of an order, each applied to its {@link OrderState}; workflow code only. The
 * order's view is saved by a local activity: it runs inside the workflow task that changed the
 * stage, so it costs neither an activity task nor a workflow task of its own.
 */
final class FulfillmentSteps {
  private static final LocalActivityOptions SAVE =
      LocalActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(10))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.ofSeconds(1))
                  .setMaximumAttempts(5)
                  .build())
          .build();

  private final InventoryActivities inventory = InventoryActivityOptions.stub();
  private final InventoryActivities compensating = InventoryActivityOptions.compensationStub();
  private final OrderActivities orders =
      Workflow.newActivityStub(OrderActivities.class, InventoryActivityOptions.defaults());
  private final OrderActivities views = Workflow.newLocalActivityStub(OrderActivities.class, SAVE);
  private final OrderState state;

  FulfillmentSteps(OrderState state) {
    this.state = state;
  }

  /** Reserves every line, all or nothing; a refusal for lack of stock rejects the order. */
  OrderOutcome reserve() {
    try {
      ReserveInventoryOutput reserved =
          inventory.reserveInventory(
              new ReserveInventoryInput(
                  state.orderId(),
                  state.lines().stream()
                      .map(l -> new ReserveItem(l.sku(), l.quantity()))
                      .toList()));
      state.reserved(reserved.reservations());
      return null;
    } catch (ActivityFailure e) {
      if (e.getCause() instanceof ApplicationFailure a
          && "INSUFFICIENT_STOCK".equals(a.getType())) {
        // All or nothing: nothing was reserved, so there is nothing to undo.
        return new OrderOutcome.Rejected("insufficient stock: " + a.getOriginalMessage());
      }
      throw e;
    }
  }

  /**
   * ConfirmInventoryPick for what was picked, then StageInventory for the reservations whose pick
   * was confirmed (their ids came back from ReserveInventory), then RecordStockShortage for each
   * short item; a failed item is reported, never dropped.
   */
  void pick(PickCompleted report, FulfillmentOptions options) {
    List<PickedItem> picked = report.pickedItems() == null ? List.of() : report.pickedItems();
    Set<String> confirmed = new HashSet<>();
    if (!picked.isEmpty()) {
      InventoryBatchResult r =
          inventory.confirmInventoryPick(
              new ConfirmInventoryPickInput(
                  state.orderId(),
                  picked.stream()
                      .map(p -> new ConfirmInventoryPickItem(p.sku(), p.quantity(), p.locationId()))
                      .toList()));
      confirmed.addAll(r.succeeded());
      state.failures(r.failures());
      picked.stream()
          .filter(p -> confirmed.contains(p.sku() + "@" + p.locationId()))
          .forEach(p -> state.picked(p.sku(), p.quantity()));
    }
    List<StageInventoryItem> toStage = state.toStage(confirmed);
    if (!toStage.isEmpty()) {
      StageInventoryOutput out =
          inventory.stageInventory(
              new StageInventoryInput(
                  state.orderId(), options.stagingLocationId(), report.pickerId(), toStage));
      state.staged(out.stagedItems());
      state.failures(out.failures());
    }
    List<ShortItem> shortItems = report.shortItems() == null ? List.of() : report.shortItems();
    for (ShortItem item : shortItems) {
      recordShortage(item, report.pickerId());
    }
  }

  private void recordShortage(ShortItem item, String reportedBy) {
    try {
      inventory.recordStockShortage(
          new RecordStockShortageInput(
              item.sku(),
              item.locationId(),
              state.orderId(),
              item.requestedQty(),
              item.availableQty(),
              item.reason(),
              reportedBy));
    } catch (ActivityFailure e) {
      // The order goes on; the failed record is reported, never dropped.
      String code = e.getCause() instanceof ApplicationFailure a ? a.getType() : "ACTIVITY_FAILED";
      state.failures(List.of(new ItemFailure(item.sku(), item.locationId(), code, "")));
    }
  }

  /** Lets go of soft reservations the picker did not use, when there are any. */
  void releaseLeftovers() {
    if (state.leftToRelease()) {
      state.released(
          inventory
              .releaseInventoryReservation(new ReleaseInventoryReservationInput(state.orderId()))
              .reservationIds());
    }
  }

  /** Backorders what was ordered and not staged, once. */
  void backorderMissing() {
    List<OrderLine> missing = state.missing();
    if (!missing.isEmpty() && state.backorderId() == null) {
      // Detached: a cancellation arriving meanwhile must not lose the backorder being written.
      Workflow.newDetachedCancellationScope(
              () ->
                  state.backordered(
                      orders
                          .createBackorder(new CreateBackorderInput(state.orderId(), missing))
                          .backorderId(),
                      missing))
          .run();
    }
  }

  void pack(String packedBy) {
    List<AllocationItem> items =
        state.allocations(AllocationStatus.STAGED).stream()
            .map(s -> new AllocationItem(s.sku(), s.allocationId()))
            .toList();
    state.packed(inventory.packInventory(new PackInventoryInput(state.orderId(), packedBy, items)));
  }

  /** Returns allocations that could not go further (e.g. failed to pack) to the shelf. */
  void returnUnpacked() {
    List<AllocationItem> left =
        state.allocations(AllocationStatus.STAGED).stream()
            .map(s -> new AllocationItem(s.sku(), s.allocationId()))
            .toList();
    if (left.isEmpty()) {
      return;
    }
    InventoryBatchResult r =
        compensating.returnInventoryToShelf(
            new ReturnInventoryToShelfInput(state.orderId(), "system", "not packed", left));
    state.returned(r.succeeded());
    state.failures(r.failures());
  }

  /** Ships the packed allocations; returns a line for the notification. */
  String ship() {
    List<AllocationItem> items =
        state.allocations(AllocationStatus.PACKED).stream()
            .map(s -> new AllocationItem(s.sku(), s.allocationId()))
            .toList();
    InventoryBatchResult shipped =
        inventory.shipInventory(new ShipInventoryInput(state.orderId(), items));
    state.shipped(shipped);
    return shipped.succeeded().size() + " of " + shipped.total() + " allocation(s) shipped";
  }

  /**
   * Saves the order's view. Bookkeeping is never cancelled with the order: a cancel that arrives
   * while a save runs must not abandon the save.
   */
  void save() {
    var view = state.view();
    Workflow.newDetachedCancellationScope(() -> views.saveOrderView(new SaveOrderViewInput(view)))
        .run();
  }

  void notifyOrder(String event, String message) {
    orders.notifyOrderEvent(new NotifyOrderEventInput(state.orderId(), event, message));
  }
}
