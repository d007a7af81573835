package com.wms.orchestrator.fulfillment;

import static com.wms.orchestrator.fulfillment.FakeInventory.A;
import static com.wms.orchestrator.fulfillment.FakeInventory.B;
import static com.wms.orchestrator.fulfillment.FakeInventory.allocationItems;
import static com.wms.orchestrator.fulfillment.FakeInventory.release;
import static com.wms.orchestrator.fulfillment.FakeInventory.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickInput;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import com.wms.orchestrator.inventory.ActivityRecords.PackInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReserveItem;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryInput;
import com.wms.orchestrator.inventory.ActivityRecords.StageInventoryItem;
import com.wms.orchestrator.order.AllocationStatus;
import com.wms.orchestrator.order.LineState;
import com.wms.orchestrator.order.OrderActivities.NotifyOrderEventInput;
import com.wms.orchestrator.order.OrderPriority;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.AllocationRef;
import com.wms.orchestrator.order.OrderView.LineView;
import com.wms.orchestrator.order.Stage;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The order's main paths: shipped, rejected at reserve, failed on the pick timeout. */
class OrderFulfillmentWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  private OrderWorkflowHarness h;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env) {
    h = new OrderWorkflowHarness(env);
  }

  @AfterEach
  void stopWorker() {
    h.close();
  }

  @Test
  void anOrderPickedInFullAndPackedShipsEveryAllocation() {
    OrderView view = h.happyPath("o-1");

    assertThat(view.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.strategy()).isNull();
    assertThat(view.backorderId()).isNull();
    assertThat(view.reason()).isNull();
    assertThat(view.failures()).isEmpty();
    assertThat(view.lines())
        .containsExactly(
            new LineView(A, 4, 4, 4, 4, 4, 4, 0, 0, 0, LineState.SHIPPED),
            new LineView(B, 6, 6, 6, 6, 6, 6, 0, 0, 0, LineState.SHIPPED));
    assertThat(view.allocations())
        .extracting(AllocationRef::status)
        .containsOnly(AllocationStatus.SHIPPED);

    verify(h.inventory)
        .reserveInventory(
            new ReserveInventoryInput(
                "o-1", List.of(new ReserveItem(A, 4), new ReserveItem(B, 6))));
    verify(h.inventory)
        .confirmInventoryPick(
            new ConfirmInventoryPickInput(
                "o-1",
                List.of(
                    new ConfirmInventoryPickItem(A, 4, "L-" + A),
                    new ConfirmInventoryPickItem(B, 6, "L-" + B))));
    verify(h.inventory)
        .stageInventory(
            new StageInventoryInput(
                "o-1",
                "STAGING",
                "picker-1",
                List.of(
                    new StageInventoryItem(A, reservation(A)),
                    new StageInventoryItem(B, reservation(B)))));
    verify(h.inventory)
        .packInventory(new PackInventoryInput("o-1", "packer-1", allocationItems(A, B)));
    verify(h.inventory).shipInventory(new ShipInventoryInput("o-1", allocationItems(A, B)));
    // Everything reserved was staged: no release call.
    verify(h.inventory, never()).releaseInventoryReservation(any());
    verify(h.inventory, never()).returnInventoryToShelf(any());
    verify(h.inventory, never()).getOrderAllocations(any());
    verify(h.inventory, never()).recordStockShortage(any());
    verify(h.orders, never()).createBackorder(any());
    verify(h.orders)
        .notifyOrderEvent(
            new NotifyOrderEventInput("o-1", "shipped", "2 of 2 allocation(s) shipped"));
  }

  @Test
  void everyStageIsSavedInOrder() {
    h.happyPath("o-2");

    List<OrderView> saved = h.savedViews();
    assertThat(saved.stream().map(OrderView::stage).distinct())
        .containsExactly(Stage.RESERVING, Stage.PICKING, Stage.PACKING, Stage.SHIPPING, Stage.DONE);
    assertThat(saved.get(saved.size() - 1).status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void insufficientStockAtReserveRejectsTheOrderWithoutCompensation() {
    doThrow(
            ApplicationFailure.newNonRetryableFailure(
                "SKU-B: 6 requested, 2 available", "INSUFFICIENT_STOCK"))
        .when(h.inventory)
        .reserveInventory(any());

    h.start("o-3");
    OrderView view = h.result("o-3");

    assertThat(view.status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.reason()).isEqualTo("insufficient stock: SKU-B: 6 requested, 2 available");
    assertThat(view.lines()).extracting(LineView::state).containsOnly(LineState.PENDING);
    assertThat(view.allocations()).isEmpty();
    // Non-retryable: one attempt, and nothing else touches stock.
    verify(h.inventory, times(1)).reserveInventory(any());
    verifyNoMoreInteractions(h.inventory);
    verify(h.orders).notifyOrderEvent(new NotifyOrderEventInput("o-3", "rejected", view.reason()));
  }

  @Test
  void noPickCompletedWithinThirtyMinutesFailsTheOrderAndReleasesItsReservations() {
    h.start("o-4");
    OrderView view = h.result("o-4");

    assertThat(view.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.reason()).isEqualTo("no pickCompleted within 1800 s");
    assertThat(view.lines()).extracting(LineView::state).containsOnly(LineState.RELEASED);
    assertThat(view.allocations()).isEmpty();
    assertThat(view.failures()).isEmpty();
    verify(h.inventory).releaseInventoryReservation(release("o-4"));
    verify(h.inventory, never()).confirmInventoryPick(any());
    verify(h.inventory, never()).stageInventory(any());
    verify(h.inventory, never()).returnInventoryToShelf(any());
    assertThat(h.workflowType("cancel-o-4")).isEqualTo("OrderCancellationWorkflow");
  }

  @Test
  void theStatusQueryShowsTheStageAndEachLinesStateMidFlight() {
    h.start("o-5");
    h.pickCompleted("o-5", FakeInventory.fullPick());

    h.awaitPacking("o-5");
    OrderView packing = h.status("o-5");
    assertThat(packing.status()).isEqualTo(OrderStatus.IN_PROGRESS);
    assertThat(packing.stage()).isEqualTo(Stage.PACKING);
    assertThat(packing.lines()).extracting(LineView::state).containsOnly(LineState.STAGED);
    assertThat(packing.allocations())
        .extracting(AllocationRef::status)
        .containsOnly(AllocationStatus.STAGED);

    h.packed("o-5");
    assertThat(h.result("o-5").status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void whileWaitingForThePickerTheStatusQueryShowsReservedLines() {
    h.start("o-6");
    h.awaitPicking("o-6");

    OrderView picking = h.status("o-6");
    assertThat(picking.status()).isEqualTo(OrderStatus.IN_PROGRESS);
    assertThat(picking.stage()).isEqualTo(Stage.PICKING);
    assertThat(picking.lines())
        .containsExactly(
            new LineView(A, 4, 4, 0, 0, 0, 0, 0, 0, 0, LineState.RESERVED),
            new LineView(B, 6, 6, 0, 0, 0, 0, 0, 0, 0, LineState.RESERVED));
    assertThat(picking.allocations()).isEmpty();
  }

  @Test
  void noPackedWithinThePackTimeoutFailsTheOrderAndReturnsItsAllocationsToTheShelf() {
    OrderView view = OrderPath.PACK_TIMEOUT.run(h, "o-7");

    assertThat(view.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.reason()).isEqualTo("no packed within 28800 s");
    assertThat(view.lines()).extracting(LineView::state).containsOnly(LineState.RETURNED);
    assertThat(view.allocations())
        .extracting(AllocationRef::status)
        .containsOnly(AllocationStatus.RETURNED);
    verify(h.inventory, never()).packInventory(any());
    verify(h.inventory, never()).shipInventory(any());
    assertThat(h.workflowType(WorkflowIds.cancellation("o-7")))
        .isEqualTo("OrderCancellationWorkflowWithAllocations");
  }

  @Test
  void afterAWorkerRestartTheOrderReplaysGoesOnAndEveryStageIsSavedOnce() {
    h.start("o-8");
    h.pickCompleted("o-8", FakeInventory.fullPick());

    h.restartWorker();
    assertThat(h.status("o-8").stage()).isEqualTo(Stage.PACKING);
    h.packed("o-8");
    OrderView view = h.result("o-8");

    assertThat(view.status()).isEqualTo(OrderStatus.SHIPPED);
    List<OrderView> saved = h.savedViews();
    assertThat(saved.stream().map(OrderView::stage))
        .containsExactly(Stage.RESERVING, Stage.PICKING, Stage.PACKING, Stage.SHIPPING, Stage.DONE);
    assertThat(saved.get(saved.size() - 1)).isEqualTo(view);
    verify(h.inventory, times(1)).confirmInventoryPick(any());
    verify(h.inventory, times(1)).stageInventory(any());
  }

  @Test
  void aSameDayOrdersTasksRunWithTheHighestTaskPriority() {
    h.start("o-9", OrderPriority.SAME_DAY, FakeInventory.ONE_LINE, FulfillmentOptions.defaults());
    h.awaitPicking("o-9");

    HistoryEvent started = h.history(WorkflowIds.order("o-9")).getEvents().get(0);
    assertThat(started.getWorkflowExecutionStartedEventAttributes().getPriority().getPriorityKey())
        .isEqualTo(1);
    assertThat(h.status("o-9").priority()).isEqualTo(OrderPriority.SAME_DAY);
    h.cancel("o-9", "test over");
    assertThat(h.result("o-9").lines())
        .extracting(LineView::state)
        .containsOnly(LineState.RELEASED);
  }
}
