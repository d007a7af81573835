package com.wms.orchestrator.fulfillment;

import static com.wms.orchestrator.fulfillment.FakeInventory.A;
import static com.wms.orchestrator.fulfillment.FakeInventory.B;
import static com.wms.orchestrator.fulfillment.FakeInventory.allocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.InventoryActivityOptions;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.AllocationRef;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageNotice;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Compensation under trouble: the inventory service down while an order is undone, and signals that
 * arrive while it is.
 */
class CompensationWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  private OrderWorkflowHarness h;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env) {
    h = new OrderWorkflowHarness(env);
  }

  @Test
  void compensationThatKeepsFailingEndsInNeedsReconciliationWithTheFailedItems() {
    // The release when the order is staged works; the inventory service is down afterwards.
    doAnswer(call -> FakeInventory.released(call.getArgument(0)))
        .doThrow(unavailable())
        .when(h.inventory)
        .releaseInventoryReservation(anyString());
    doThrow(unavailable()).when(h.inventory).returnInventoryToShelf(any());

    OrderView view = h.cancelAfterStaging("c-5");

    assertThat(view.status()).isEqualTo("needs_reconciliation");
    assertThat(view.stage()).isEqualTo("done");
    assertThat(view.reason()).isEqualTo("cancelled: address invalid");
    assertThat(view.failures())
        .containsExactly(
            "INVENTORY_UNAVAILABLE: SKU-A alloc-SKU-A",
            "INVENTORY_UNAVAILABLE: SKU-B alloc-SKU-B",
            "INVENTORY_UNAVAILABLE: null reservations of c-5");
    assertThat(view.allocations()).extracting(AllocationRef::status).containsOnly("staged");
    int attempts = InventoryActivityOptions.COMPENSATION_MAX_ATTEMPTS;
    verify(h.inventory, times(attempts)).returnInventoryToShelf(any());
    verify(h.inventory, times(1 + attempts)).releaseInventoryReservation("c-5");
    verify(h.orders).notifyOrderEvent("c-5", "needs_reconciliation", "cancelled: address invalid");
  }

  @Test
  void compensationWhileTheInventoryServiceIsDownStillEndsInNeedsReconciliation() {
    doAnswer(call -> FakeInventory.released(call.getArgument(0)))
        .doThrow(unavailable())
        .when(h.inventory)
        .releaseInventoryReservation(anyString());
    doThrow(unavailable()).when(h.inventory).returnInventoryToShelf(any());
    doThrow(unavailable()).when(h.inventory).getOrderAllocations(any());

    h.start("c-6");
    h.pickCompleted("c-6", FakeInventory.fullPick());
    h.awaitPacking("c-6");
    h.cancel("c-6", "address invalid");
    OrderView view = h.result("c-6");

    // The allocations the workflow staged itself are what it tries to return then.
    assertThat(view.status()).isEqualTo("needs_reconciliation");
    assertThat(view.stage()).isEqualTo("done");
    assertThat(view.failures())
        .contains(
            "INVENTORY_UNAVAILABLE: SKU-A alloc-SKU-A",
            "INVENTORY_UNAVAILABLE: SKU-B alloc-SKU-B",
            "INVENTORY_UNAVAILABLE: null reservations of c-6");
    verify(h.inventory, times(InventoryActivityOptions.COMPENSATION_MAX_ATTEMPTS))
        .returnInventoryToShelf(any());
  }

  @Test
  void aHoldNoticeArrivingWhileTheOrderIsUndoneDoesNotPutItBackOnHold() throws Exception {
    CountDownLatch returning = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    doAnswer(
            call -> {
              returning.countDown();
              assertThat(goOn.await(30, TimeUnit.SECONDS)).isTrue();
              ReturnInventoryToShelfInput in = call.getArgument(0);
              List<String> ids = List.of(allocation(A), allocation(B));
              return new InventoryBatchResult(in.orderId(), 2, ids, List.of());
            })
        .when(h.inventory)
        .returnInventoryToShelf(any());
    when(h.inventory.getOrderAllocations(any())).thenReturn(FakeInventory.stagedAllocations());
    h.start("c-8");
    h.pickCompleted("c-8", FakeInventory.fullPick());
    h.awaitPacking("c-8");
    h.cancel("c-8", "address invalid");
    assertThat(returning.await(30, TimeUnit.SECONDS)).isTrue();

    h.order("c-8").shortageDecided(new ShortageNotice("hold_for_review", 0.4));
    goOn.countDown();
    OrderView view = h.result("c-8");

    assertThat(view.status()).isEqualTo("cancelled");
    assertThat(view.stage()).isEqualTo("done");
  }

  private static ApplicationFailure unavailable() {
    return ApplicationFailure.newFailure("inventory service unavailable", "INVENTORY_UNAVAILABLE");
  }
}
