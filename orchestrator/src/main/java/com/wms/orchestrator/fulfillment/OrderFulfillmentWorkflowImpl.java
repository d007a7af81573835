package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflow;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflowWithAllocations;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationInfo;
import com.wms.orchestrator.inventory.ActivityRecords.GetReservationIdsInput;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryItem;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryOutput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveItem;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfItem;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryItem;
import com.wms.orchestrator.inventory.ActivityRecords.StagedItem;
import com.wms.orchestrator.inventory.InventoryActivities;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.order.OrderActivities;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.packing.PackingWorkflow;
import com.wms.orchestrator.packing.PackingWorkflow.PackingInput;
import com.wms.orchestrator.picking.OrchestratedPickingWorkflow;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.picking.PickingRecords.PickingInput;
import com.wms.orchestrator.picking.PickingRecords.PickingResult;
import com.wms.orchestrator.shipping.ShippingWorkflow;
import com.wms.orchestrator.shipping.ShippingWorkflow.ShippingInput;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageNotice;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageResult;
import com.wms.orchestrator.shortage.ShortageStrategy;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowCancellationType;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;

/** See {@link OrderFulfillmentWorkflow}. Decisions live in pure helpers; this only orchestrates. */
public class OrderFulfillmentWorkflowImpl implements OrderFulfillmentWorkflow {
  private static final Logger log = Workflow.getLogger(OrderFulfillmentWorkflowImpl.class);

  private final InventoryActivities inventory = InventoryActivityOptions.stub();
  private final InventoryActivities compensating = InventoryActivityOptions.compensationStub();
  private final OrderActivities orders =
      Workflow.newActivityStub(OrderActivities.class, InventoryActivityOptions.defaults());

  private OrderState state;
  private CancellationScope main;
  private CancelRequest cancelRequest;

  /** Set by the flow when it has to stop and undo: the final status and why. */
  private String undoStatus;

  private String undoReason;

  @Override
  public OrderView fulfill(FulfillmentInput input) {
    state = new OrderState(input);
    FulfillmentOptions options =
        input.options() == null ? FulfillmentOptions.defaults() : input.options();
    save();
    main = Workflow.newCancellationScope(() -> run(input, options));
    if (cancelRequest != null) {
      // A cancel that arrived with the first workflow task wins before anything is reserved.
      main.cancel(cancelRequest.reason());
    }
    try {
      main.run();
    } catch (CanceledFailure e) {
      log.info("orderId={} cancelled during {}", input.orderId(), state.stage);
    } catch (ActivityFailure | ChildWorkflowFailure e) {
      if (cancelRequest == null) {
        undo(OrderStatus.FAILED, describe(e));
      }
    }
    if (cancelRequest != null && undoStatus == null) {
      undo(OrderStatus.CANCELLED, "cancelled: " + cancelRequest.reason());
    }
    if (undoStatus != null) {
      Workflow.newDetachedCancellationScope(this::compensate).run();
    }
    state.stage = OrderStatus.STAGE_DONE;
    save();
    orders.notifyOrderEvent(
        input.orderId(), state.status, state.reason == null ? state.status : state.reason);
    return state.view();
  }

  private void run(FulfillmentInput input, FulfillmentOptions options) {
    stage(OrderStatus.STAGE_RESERVING);
    ReserveInventoryOutput reserved;
    try {
      reserved =
          inventory.reserveInventory(
              new ReserveInventoryInput(
                  input.orderId(),
                  input.items().stream()
                      .map(l -> new ReserveItem(l.sku(), l.quantity()))
                      .toList()));
    } catch (ActivityFailure e) {
      if ("INSUFFICIENT_STOCK".equals(type(e))) {
        // All or nothing: nothing was reserved, so there is nothing to undo.
        state.status = OrderStatus.REJECTED;
        state.reason = "insufficient stock: " + message(e);
        return;
      }
      throw e;
    }
    state.reserved(reserved.reservations());
    PickingResult picking = pick(input, options);
    if (picking.timedOut()) {
      undo(OrderStatus.FAILED, "no pickCompleted within " + options.pickTimeoutSeconds() + " s");
      return;
    }
    for (PickedItem p : picking.picked()) {
      state.picked(p.sku(), p.quantity());
    }
    state.failures(picking.pickFailures());
    state.staged(picking.staged());
    state.failures(picking.stageFailures());
    if (!decideShortage(picking.shortage())) {
      return;
    }
    if (state.stagedUnits() == 0) {
      undo(OrderStatus.FAILED, "nothing was picked and staged");
      return;
    }
    // Lines the picker did not pick keep soft reservations; they will not be picked any more.
    inventory.releaseInventoryReservation(input.orderId());
    backorderMissing();
    InventoryBatchResult packed = pack(input, options);
    state.packed(packed);
    returnLeftovers("staged", "not packed");
    stage(OrderStatus.STAGE_SHIPPING);
    List<StagedItem> toShip = state.allocations("packed");
    InventoryBatchResult shipped =
        child(ShippingWorkflow.class, "shipping-")
            .ship(
                new ShippingInput(
                    input.orderId(),
                    toShip.stream()
                        .map(s -> new ShipInventoryItem(s.sku(), s.allocationId()))
                        .toList()));
    state.shipped(shipped);
    state.status = state.fullyShipped() ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED;
  }

  private PickingResult pick(FulfillmentInput input, FulfillmentOptions options) {
    OrchestratedPickingWorkflow picking = child(OrchestratedPickingWorkflow.class, "picking-");
    Promise<PickingResult> result =
        Async.function(
            picking::pick,
            new PickingInput(
                input.orderId(),
                input.items(),
                options.stagingLocationId(),
                options.pickTimeoutSeconds(),
                options.shortageThreshold(),
                options.reviewTimeoutSeconds()));
    stageOnceStarted(picking, OrderStatus.STAGE_PICKING);
    return result.get();
  }

  private InventoryBatchResult pack(FulfillmentInput input, FulfillmentOptions options) {
    List<PackInventoryItem> items =
        state.allocations("staged").stream()
            .map(s -> new PackInventoryItem(s.sku(), s.allocationId()))
            .toList();
    PackingWorkflow packing = child(PackingWorkflow.class, "packing-");
    Promise<InventoryBatchResult> result =
        Async.function(
            packing::pack,
            new PackingInput(input.orderId(), items, options.autoPack(), "auto-pack"));
    stageOnceStarted(packing, OrderStatus.STAGE_PACKING);
    return result.get();
  }

  /**
   * Shows the stage only once its child workflow exists: the order API signals the child as soon as
   * it sees the stage, and a signal to a child not yet started is refused.
   */
  private void stageOnceStarted(Object childStub, String stage) {
    Workflow.getWorkflowExecution(childStub).get();
    stage(stage);
  }

  /** Applies the shortage outcome; false when the order stops here. */
  private boolean decideShortage(ShortageResult shortage) {
    if (shortage == null) {
      return true;
    }
    state.strategy = shortage.strategy();
    state.failures(shortage.failures());
    state.short_(state.missing());
    if ("ship".equals(shortage.decision())) {
      state.status = OrderStatus.IN_PROGRESS;
      return true;
    }
    if (ShortageStrategy.FULL_BACKORDER.wireName().equals(shortage.strategy())) {
      backorderMissing();
      undo(OrderStatus.BACKORDERED, "nothing could be picked; whole order backordered");
    } else {
      undo(OrderStatus.CANCELLED, "shortage review decided cancel (" + shortage.decidedBy() + ")");
    }
    return false;
  }

  private void backorderMissing() {
    List<OrderLine> missing = state.missing();
    if (!missing.isEmpty() && state.backorderId == null) {
      // Detached: a cancellation arriving meanwhile must not lose the backorder being written.
      Workflow.newDetachedCancellationScope(
              () -> state.backordered(orders.createBackorder(state.orderId(), missing), missing))
          .run();
    }
  }

  /** Returns allocations that could not go further (e.g. failed to pack) to the shelf. */
  private void returnLeftovers(String inStatus, String why) {
    List<StagedItem> left = state.allocations(inStatus);
    if (left.isEmpty()) {
      return;
    }
    InventoryBatchResult r =
        compensating.returnInventoryToShelf(
            new ReturnInventoryToShelfInput(
                state.orderId(),
                "system",
                why,
                left.stream()
                    .map(s -> new ReturnInventoryToShelfItem(s.sku(), s.allocationId()))
                    .toList()));
    state.returned(r.succeeded());
    state.failures(r.failures());
  }

  private void undo(String status, String reason) {
    undoStatus = status;
    undoReason = reason;
  }

  /**
   * Cancels the order first (status saved), then compensates from what the inventory service really
   * holds for the order, so an activity that finished while it was being cancelled is undone too.
   */
  private void compensate() {
    state.status = undoStatus;
    state.reason = undoReason;
    stage(OrderStatus.STAGE_COMPENSATING);
    List<ReturnInventoryToShelfItem> held = heldAllocations();
    CancellationInput input =
        new CancellationInput(
            state.orderId(),
            undoReason,
            cancelRequest != null ? cancelRequest.requestedBy() : "system",
            held);
    CancellationResult result =
        held.isEmpty()
            ? child(OrderCancellationWorkflow.class, "cancel-").cancel(input)
            : child(OrderCancellationWorkflowWithAllocations.class, "cancel-").cancel(input);
    state.returned(result.returnedAllocations());
    state.failures(result.failures());
    if (result.needsReconciliation()) {
      state.status = OrderStatus.NEEDS_RECONCILIATION;
    }
  }

  /**
   * The staged or packed allocations to return: as the inventory service holds them, or, when it
   * cannot be asked (compensation's retries gave up), the ones this workflow staged and did not
   * move on, so that the cancellation still runs and records what it could not undo instead of the
   * workflow failing with the stock left unaccounted for.
   */
  private List<ReturnInventoryToShelfItem> heldAllocations() {
    try {
      List<AllocationInfo> held =
          compensating.getOrderAllocations(new GetReservationIdsInput(state.orderId())).stream()
              .filter(a -> "staged".equals(a.status()) || "packed".equals(a.status()))
              .toList();
      held.forEach(state::held);
      return held.stream()
          .map(a -> new ReturnInventoryToShelfItem(a.sku(), a.allocationId()))
          .toList();
    } catch (ActivityFailure e) {
      log.warn(
          "orderId={} allocations unknown, returning its own: {}", state.orderId(), message(e));
      return Stream.concat(
              state.allocations("staged").stream(), state.allocations("packed").stream())
          .map(s -> new ReturnInventoryToShelfItem(s.sku(), s.allocationId()))
          .toList();
    }
  }

  private <T> T child(Class<T> type, String idPrefix) {
    return Workflow.newChildWorkflowStub(
        type,
        ChildWorkflowOptions.newBuilder()
            .setWorkflowId(idPrefix + state.orderId())
            .setTaskQueue(TASK_QUEUE)
            .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_TERMINATE)
            .setCancellationType(ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED)
            .build());
  }

  private void stage(String stage) {
    state.stage = stage;
    save();
  }

  /**
   * Saves the order's view. Bookkeeping is never cancelled with the order: a cancel that arrives
   * while a save runs must not abandon the save, and cancelling a finished activity is a race the
   * Temporal test server of dev mode does not survive.
   */
  private void save() {
    OrderView view = state.view();
    Workflow.newDetachedCancellationScope(() -> orders.saveOrderView(view)).run();
  }

  @Override
  public void cancel(CancelRequest request) {
    if (cancelRequest != null) {
      return;
    }
    if (state != null && !cancellable(state)) {
      log.info("orderId={} cancel refused in stage {}", state.orderId(), state.stage);
      if (state.reason == null) {
        state.reason = "cancel refused: the order is " + state.status + " in stage " + state.stage;
      }
      return;
    }
    cancelRequest = request == null ? new CancelRequest("cancelled", "unknown") : request;
    if (main != null) {
      main.cancel(cancelRequest.reason());
    }
  }

  /** An order can be cancelled until shipping starts and while nothing is being undone. */
  private static boolean cancellable(OrderState state) {
    return !OrderStatus.terminal(state.status)
        && !OrderStatus.STAGE_SHIPPING.equals(state.stage)
        && !OrderStatus.STAGE_DONE.equals(state.stage)
        && !OrderStatus.STAGE_COMPENSATING.equals(state.stage);
  }

  @Override
  public void shortageDecided(ShortageNotice notice) {
    if (state == null) {
      return;
    }
    state.strategy = notice.strategy();
    // Only while picking: a notice that arrives once the order is being undone (cancelled while
    // the shortage was decided) must not put a cancelled order back on hold.
    if (ShortageStrategy.HOLD_FOR_REVIEW.wireName().equals(notice.strategy())
        && OrderStatus.STAGE_PICKING.equals(state.stage)) {
      state.status = OrderStatus.ON_HOLD;
      state.stage = OrderStatus.STAGE_SHORTAGE_REVIEW;
    }
  }

  @Override
  public OrderView status() {
    return state.view();
  }

  private static String type(ActivityFailure e) {
    return e.getCause() instanceof ApplicationFailure a ? a.getType() : null;
  }

  private static String message(TemporalFailure e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root instanceof ApplicationFailure a ? a.getOriginalMessage() : root.getMessage();
  }

  private static String describe(TemporalFailure e) {
    return "failed: " + message(e);
  }
}
