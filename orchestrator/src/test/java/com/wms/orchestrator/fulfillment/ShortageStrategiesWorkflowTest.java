package com.wms.orchestrator.fulfillment;

import static com.wms.orchestrator.fulfillment.FakeInventory.A;
import static com.wms.orchestrator.fulfillment.FakeInventory.B;
import static com.wms.orchestrator.fulfillment.FakeInventory.allocationItems;
import static com.wms.orchestrator.fulfillment.FakeInventory.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import com.wms.orchestrator.inventory.ActivityRecords.RecordStockShortageInput;
import com.wms.orchestrator.inventory.ActivityRecords.ReturnInventoryToShelfInput;
import com.wms.orchestrator.inventory.ActivityRecords.ShipInventoryInput;
import com.wms.orchestrator.order.LineState;
import com.wms.orchestrator.order.OrderActivities.CreateBackorderInput;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.LineView;
import com.wms.orchestrator.order.Stage;
import com.wms.orchestrator.shortage.ShortageStrategy;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each shortage strategy through the whole order: 10 units ordered, 4 of A and 6 of B. */
class ShortageStrategiesWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  private OrderWorkflowHarness h;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env) {
    h = new OrderWorkflowHarness(env);
  }

  @Test
  void sixOfTenPickedShipsPartiallyAndBackordersTheRest() {
    OrderView view = h.partialShip("s-1");

    assertThat(view.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.strategy()).isEqualTo(ShortageStrategy.PARTIAL_SHIP);
    assertThat(view.backorderId()).isEqualTo("BO-s-1");
    assertThat(view.lines())
        .containsExactly(
            new LineView(A, 4, 4, 4, 4, 4, 4, 0, 0, 0, LineState.SHIPPED),
            new LineView(B, 6, 6, 2, 2, 2, 2, 4, 4, 0, LineState.SHIPPED));
    verify(h.inventory)
        .recordStockShortage(
            new RecordStockShortageInput(
                B, "L-" + B, "s-1", 6, 2, "quantity_mismatch", "picker-1"));
    verify(h.orders).createBackorder(new CreateBackorderInput("s-1", List.of(new OrderLine(B, 4))));
    verify(h.inventory).shipInventory(new ShipInventoryInput("s-1", allocationItems(A, B)));
    verify(h.inventory, times(1)).releaseInventoryReservation(release("s-1"));
    verify(h.inventory, never()).returnInventoryToShelf(any());
  }

  @Test
  void fourOfTenPickedWaitsOnHoldAndShipsWhenTheSupervisorSaysShip() {
    h.start("s-2");
    h.pickCompleted("s-2", FakeInventory.fewPicked());
    h.awaitReview("s-2");
    OrderView onHold = h.status("s-2");
    assertThat(onHold.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(onHold.stage()).isEqualTo(Stage.SHORTAGE_REVIEW);
    assertThat(onHold.strategy()).isEqualTo(ShortageStrategy.HOLD_FOR_REVIEW);
    assertThat(onHold.reason()).startsWith("short pick: 4 of 10 units picked");

    h.resolveShortage("s-2", "ship");
    h.packed("s-2");
    OrderView view = h.result("s-2");

    assertThat(view.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(view.strategy()).isEqualTo(ShortageStrategy.HOLD_FOR_REVIEW);
    assertThat(view.backorderId()).isEqualTo("BO-s-2");
    assertThat(view.lines())
        .containsExactly(
            new LineView(A, 4, 4, 4, 4, 4, 4, 0, 0, 0, LineState.SHIPPED),
            new LineView(B, 6, 6, 0, 0, 0, 0, 6, 6, 0, LineState.BACKORDERED));
    verify(h.orders).createBackorder(new CreateBackorderInput("s-2", List.of(new OrderLine(B, 6))));
    verify(h.inventory).shipInventory(new ShipInventoryInput("s-2", allocationItems(A)));
  }

  /**
   * The console found an order on hold showing picked 0 while the ledger had the units picked and
   * staged: the hold used to be set (by the shortage child's signal) before the picking child's
   * results reached the order. The view on hold must show the pick it is held for, wherever it is
   * read: the update's answer, the saved view (the order API and the console) and the query.
   */
  @Test
  void anOrderOnHoldShowsTheUnitsPickedAndStagedForIt() {
    h.start("s-7");
    OrderView answered = h.pickCompleted("s-7", FakeInventory.fewPicked());
    h.awaitReview("s-7");
    List<OrderView> saved = h.savedViews();
    OrderView savedOnHold = saved.get(saved.size() - 1);

    List<LineView> heldFor =
        List.of(
            new LineView(A, 4, 4, 4, 4, 0, 0, 0, 0, 0, LineState.STAGED),
            new LineView(B, 6, 6, 0, 0, 0, 0, 6, 0, 0, LineState.SHORT));
    for (OrderView view : List.of(answered, savedOnHold, h.status("s-7"))) {
      assertThat(view.status()).isEqualTo(OrderStatus.ON_HOLD);
      assertThat(view.stage()).isEqualTo(Stage.SHORTAGE_REVIEW);
      assertThat(view.lines()).containsExactlyElementsOf(heldFor);
      assertThat(view.allocations()).hasSize(1);
    }
    h.resolveShortage("s-7", "cancel");
    h.result("s-7");
  }

  @Test
  void fourOfTenPickedIsCancelledWhenTheSupervisorSaysCancel() {
    stagedA();
    h.start("s-3");
    h.pickCompleted("s-3", FakeInventory.fewPicked());
    h.resolveShortage("s-3", "cancel");
    OrderView view = h.result("s-3");

    assertCancelledOnReview(view, "s-3", "supervisor-1");
  }

  @Test
  void anOrderOnHoldIsCancelledWhenNoSupervisorDecidesWithinTheReviewTimeout() {
    stagedA();
    h.start("s-4");
    h.pickCompleted("s-4", FakeInventory.fewPicked());
    h.awaitReview("s-4");
    OrderView view = h.result("s-4");

    assertCancelledOnReview(view, "s-4", "review-timeout");
  }

  @Test
  void nothingPickedBackordersTheWholeOrder() {
    h.start("s-5");
    h.pickCompleted("s-5", FakeInventory.nothingPicked());
    OrderView view = h.result("s-5");

    assertThat(view.status()).isEqualTo(OrderStatus.BACKORDERED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.strategy()).isEqualTo(ShortageStrategy.FULL_BACKORDER);
    assertThat(view.backorderId()).isEqualTo("BO-s-5");
    assertThat(view.lines())
        .containsExactly(
            new LineView(A, 4, 4, 0, 0, 0, 0, 4, 4, 0, LineState.BACKORDERED),
            new LineView(B, 6, 6, 0, 0, 0, 0, 6, 6, 0, LineState.BACKORDERED));
    verify(h.orders).createBackorder(new CreateBackorderInput("s-5", FakeInventory.LINES));
    verify(h.inventory, times(2)).recordStockShortage(any());
    verify(h.inventory, never()).stageInventory(any());
    verify(h.inventory).releaseInventoryReservation(release("s-5"));
    verify(h.inventory, never()).shipInventory(any());
    assertThat(h.workflowType("cancel-s-5")).isEqualTo("OrderCancellationWorkflow");
  }

  @Test
  void theThresholdComesFromTheOrderOptions() {
    h.start("s-6", new FulfillmentOptions(1800, 0.7, 72 * 3600, false, "STAGING", 8 * 3600));
    h.pickCompleted("s-6", FakeInventory.partialPick());
    h.awaitReview("s-6");

    assertThat(h.status("s-6").strategy()).isEqualTo(ShortageStrategy.HOLD_FOR_REVIEW);
  }

  /** What GetOrderAllocations answers once A (the only line picked) is staged. */
  private void stagedA() {
    when(h.inventory.getOrderAllocations(any())).thenReturn(FakeInventory.stagedA());
  }

  private void assertCancelledOnReview(OrderView view, String orderId, String decidedBy) {
    String reason = "shortage review decided cancel (" + decidedBy + ")";
    assertThat(view.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(view.stage()).isEqualTo(Stage.DONE);
    assertThat(view.strategy()).isEqualTo(ShortageStrategy.HOLD_FOR_REVIEW);
    assertThat(view.reason()).isEqualTo(reason);
    assertThat(view.backorderId()).isNull();
    assertThat(view.lines())
        .containsExactly(
            new LineView(A, 4, 4, 4, 4, 0, 0, 0, 0, 4, LineState.RETURNED),
            new LineView(B, 6, 6, 0, 0, 0, 0, 6, 0, 0, LineState.SHORT));
    verify(h.inventory)
        .returnInventoryToShelf(
            new ReturnInventoryToShelfInput(orderId, "system", reason, allocationItems(A)));
    verify(h.inventory).releaseInventoryReservation(release(orderId));
    verify(h.inventory, never()).packInventory(any());
    verify(h.inventory, never()).shipInventory(any());
    verify(h.orders, never()).createBackorder(any());
  }
}
