package com.wms.orchestrator.fulfillment;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.inventory.ActivityRecords.GetOrderAllocationsInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReleaseInventoryReservationInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.order.OrderPriority;
import com.wms.orchestrator.order.OrderView;
import io.temporal.failure.ApplicationFailure;
import java.util.function.BiConsumer;

/**
 * Every path an order can take, driven through {@link OrderWorkflowHarness}: the recorder commits a
 * history of each and the replay test replays them all. Mocks a path needs are stubbed for its
 * order id only, so paths run one after another in one environment.
 */
enum OrderPath {
  HAPPY("happy-path", "shipped", false, (h, id) -> h.happyPath(id)),
  REJECTED(
      "rejected",
      "rejected",
      false,
      (h, id) -> {
        doThrow(
                ApplicationFailure.newNonRetryableFailure(
                    "SKU-B: 6 requested, 2 available", "INSUFFICIENT_STOCK"))
            .when(h.inventory)
            .reserveInventory(argThat(in -> in != null && id.equals(in.orderId())));
        h.start(id);
      }),
  CANCEL_BEFORE_PICK(
      "cancel-before-pick",
      "cancelled",
      true,
      (h, id) -> {
        h.start(id);
        h.awaitPicking(id);
        h.cancel(id, "customer changed mind");
      }),
  CANCEL_AFTER_STAGING(
      "cancel-after-staging", "cancelled", true, (h, id) -> h.cancelAfterStaging(id)),
  PARTIAL_SHIP("partial-ship", "partially_shipped", false, (h, id) -> h.partialShip(id)),
  HOLD_THEN_SHIP(
      "hold-then-ship",
      "partially_shipped",
      false,
      (h, id) -> {
        h.start(id);
        h.pickCompleted(id, FakeInventory.fewPicked());
        h.resolveShortage(id, "ship");
        h.packed(id);
      }),
  HOLD_THEN_CANCEL(
      "hold-then-cancel",
      "cancelled",
      true,
      (h, id) -> {
        when(h.inventory.getOrderAllocations(new GetOrderAllocationsInput(id)))
            .thenReturn(FakeInventory.stagedA());
        h.start(id);
        h.pickCompleted(id, FakeInventory.fewPicked());
        h.resolveShortage(id, "cancel");
      }),
  FULL_BACKORDER(
      "full-backorder",
      "backordered",
      true,
      (h, id) -> {
        h.start(id);
        h.pickCompleted(id, FakeInventory.nothingPicked());
      }),
  PICK_TIMEOUT("pick-timeout", "failed", true, (h, id) -> h.start(id)),
  PACK_TIMEOUT(
      "pack-timeout",
      "failed",
      true,
      (h, id) -> {
        when(h.inventory.getOrderAllocations(new GetOrderAllocationsInput(id)))
            .thenReturn(FakeInventory.stagedAllocations());
        h.start(id);
        h.pickCompleted(id, FakeInventory.fullPick());
      }),
  /** The benchmark's order: one line, packed automatically; {@code ActionCountTest} counts it. */
  SINGLE_LINE_AUTO_PACK(
      "single-line-auto-pack",
      "shipped",
      false,
      (h, id) -> {
        FulfillmentOptions defaults = FulfillmentOptions.defaults();
        h.start(
            id,
            OrderPriority.STANDARD,
            FakeInventory.ONE_LINE,
            new FulfillmentOptions(
                defaults.pickTimeoutSeconds(),
                defaults.shortageThreshold(),
                defaults.reviewTimeoutSeconds(),
                true,
                defaults.stagingLocationId(),
                defaults.packTimeoutSeconds()));
        h.pickCompleted(id, FakeInventory.fullPickOfOneLine());
      }),
  NEEDS_RECONCILIATION(
      "needs-reconciliation",
      "needs_reconciliation",
      true,
      (h, id) -> {
        ApplicationFailure down =
            ApplicationFailure.newFailure("inventory service unavailable", "INVENTORY_UNAVAILABLE");
        doThrow(down)
            .when(h.inventory)
            .releaseInventoryReservation(new ReleaseInventoryReservationInput(id));
        doThrow(down)
            .when(h.inventory)
            .returnInventoryToShelf(
                argThat((ReturnInventoryToShelfInput in) -> in != null && id.equals(in.orderId())));
        h.cancelAfterStaging(id);
      });

  /** Directory of the path's committed histories. */
  final String dir;

  /** The order's final status on this path. */
  final String status;

  /** True when the order ran a cancellation child, whose history is committed too. */
  final boolean compensated;

  private final BiConsumer<OrderWorkflowHarness, String> drive;

  OrderPath(
      String dir,
      String status,
      boolean compensated,
      BiConsumer<OrderWorkflowHarness, String> drive) {
    this.dir = dir;
    this.status = status;
    this.compensated = compensated;
    this.drive = drive;
  }

  /** Runs the path for a new order and returns its final view. */
  OrderView run(OrderWorkflowHarness h, String orderId) {
    drive.accept(h, orderId);
    return h.result(orderId);
  }
}
