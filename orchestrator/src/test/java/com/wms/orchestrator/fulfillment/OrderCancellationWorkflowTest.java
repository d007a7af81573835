package com.wms.orchestrator.fulfillment;

import static com.wms.orchestrator.fulfillment.FakeInventory.A;
import static com.wms.orchestrator.fulfillment.FakeInventory.B;
import static com.wms.orchestrator.fulfillment.FakeInventory.allocation;
import static com.wms.orchestrator.fulfillment.FakeInventory.allocationItems;
import static com.wms.orchestrator.fulfillment.FakeInventory.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.CancelRequest;
import com.wms.orchestrator.inventory.ActivityRecords.InventoryBatchResult;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.order.AllocationStatus;
import com.wms.orchestrator.order.LineState;
import com.wms.orchestrator.order.OrderActivities.NotifyOrderEventInput;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.AllocationRef;
import com.wms.orchestrator.order.OrderView.LineView;
import com.wms.orchestrator.order.Stage;
import com.wms.orchestrator.shortage.ShortageStrategy;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cancelling an order at each stage, refusals once shipping started, and failing compensation. */
class OrderCancellationWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  private OrderWorkflowHarness h;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env) {
    h = new OrderWorkflowHarness(env);
  }

  @Test
  void cancelBeforePickReleasesTheReservationsAndStagesNothing() {
    h.start("c-1");
    h.awaitPicking("c-1");
    h.cancel("c-1", "customer changed mind");
    OrderView view = h.result("c-1");

    assertThat(view.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.reason()).isEqualTo("cancelled: customer changed mind");
    assertThat(view.lines()).extracting(LineView::state).containsOnly(LineState.RELEASED);
    assertThat(view.allocations()).isEmpty();
    assertThat(view.failures()).isEmpty();
    verify(h.inventory).releaseInventoryReservation(release("c-1"));
    verify(h.inventory, never()).confirmInventoryPick(any());
    verify(h.inventory, never()).stageInventory(any());
    verify(h.inventory, never()).returnInventoryToShelf(any());
    verify(h.inventory, never()).shipInventory(any());
    assertThat(h.workflowType("cancel-c-1")).isEqualTo("OrderCancellationWorkflow");
    verify(h.orders)
        .notifyOrderEvent(
            new NotifyOrderEventInput("c-1", "cancelled", "cancelled: customer changed mind"));
  }

  @Test
  void cancelAfterStagingReturnsTheStagedAllocationsToTheShelf() {
    OrderView view = h.cancelAfterStaging("c-2");

    assertThat(view.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.reason()).isEqualTo("cancelled: address invalid");
    assertThat(view.lines())
        .containsExactly(
            new LineView(A, 4, 4, 4, 4, 0, 0, 0, 0, 4, LineState.RETURNED),
            new LineView(B, 6, 6, 6, 6, 0, 0, 0, 0, 6, LineState.RETURNED));
    assertThat(view.allocations())
        .extracting(AllocationRef::status)
        .containsOnly(AllocationStatus.RETURNED);
    assertThat(view.failures()).isEmpty();
    verify(h.inventory)
        .returnInventoryToShelf(
            new ReturnInventoryToShelfInput(
                "c-2", "customer-1", "cancelled: address invalid", allocationItems(A, B)));
    // Nothing was left to release when the order was staged; the cancellation releases once more.
    verify(h.inventory, times(1)).releaseInventoryReservation(release("c-2"));
    verify(h.inventory, never()).packInventory(any());
    verify(h.inventory, never()).shipInventory(any());
    assertThat(h.workflowType("cancel-c-2")).isEqualTo("OrderCancellationWorkflowWithAllocations");
  }

  @Test
  void cancelWhileOnHoldForReviewEndsTheReviewAndReturnsWhatWasStaged() {
    when(h.inventory.getOrderAllocations(any())).thenReturn(FakeInventory.stagedA());
    h.start("c-7");
    h.pickCompleted("c-7", FakeInventory.fewPicked());
    h.awaitReview("c-7");
    h.cancel("c-7", "customer changed mind");
    OrderView view = h.result("c-7");

    assertThat(view.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(view.reason()).isEqualTo("cancelled: customer changed mind");
    assertThat(view.strategy()).isEqualTo(ShortageStrategy.HOLD_FOR_REVIEW);
    assertThat(view.lines())
        .extracting(LineView::state)
        .containsExactly(LineState.RETURNED, LineState.SHORT);
    verify(h.inventory)
        .returnInventoryToShelf(
            new ReturnInventoryToShelfInput(
                "c-7", "customer-1", "cancelled: customer changed mind", allocationItems(A)));
    verify(h.inventory).releaseInventoryReservation(release("c-7"));
    verify(h.inventory, never()).packInventory(any());
    verify(h.orders, never()).createBackorder(any());
  }

  @Test
  void cancelIsRefusedOnceShippingStartedAndTheOrderShips() throws Exception {
    CountDownLatch shipping = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    doAnswer(
            call -> {
              shipping.countDown();
              assertThat(goOn.await(30, TimeUnit.SECONDS)).isTrue();
              ShipInventoryInput in = call.getArgument(0);
              List<String> ids = List.of(allocation(A), allocation(B));
              return new InventoryBatchResult(in.orderId(), 2, ids, List.of());
            })
        .when(h.inventory)
        .shipInventory(any());
    h.start("c-3");
    h.pickCompleted("c-3", FakeInventory.fullPick());
    h.packed("c-3");
    assertThat(shipping.await(30, TimeUnit.SECONDS)).isTrue();

    OrderWorkflowHarness.assertRefused(
        () -> h.order("c-3").cancel(new CancelRequest("too late", "customer-1")), "shipping");
    goOn.countDown();
    OrderView view = h.result("c-3");

    assertThat(view.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(view.reason()).isNull();
    assertThat(view.lines()).extracting(LineView::state).containsOnly(LineState.SHIPPED);
    verify(h.inventory, never()).releaseInventoryReservation(any());
    verify(h.inventory, never()).getOrderAllocations(any());
    verify(h.inventory, never()).returnInventoryToShelf(any());
  }

  @Test
  void aShippedOrderCannotBeCancelledAndStaysShipped() {
    h.happyPath("c-4");

    assertThatThrownBy(() -> h.requestCancel("c-4", "changed mind"))
        .isInstanceOf(WorkflowNotFoundException.class);
    assertThat(h.status("c-4").status()).isEqualTo(OrderStatus.SHIPPED);
    verify(h.inventory, never()).returnInventoryToShelf(any());
    verify(h.inventory, never()).releaseInventoryReservation(any());
  }
}
