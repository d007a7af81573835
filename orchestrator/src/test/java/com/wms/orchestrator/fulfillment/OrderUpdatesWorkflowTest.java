package com.wms.orchestrator.fulfillment;

import static com.wms.orchestrator.fulfillment.OrderWorkflowHarness.assertInvalid;
import static com.wms.orchestrator.fulfillment.OrderWorkflowHarness.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.Packed;
import com.wms.orchestrator.order.LineState;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.OrderView.LineView;
import com.wms.orchestrator.order.Stage;
import com.wms.orchestrator.picking.PickingRecords.PickCompleted;
import com.wms.orchestrator.picking.PickingRecords.PickedItem;
import com.wms.orchestrator.shortage.ShortageRecords.Decision;
import com.wms.orchestrator.shortage.ShortageRecords.ShortageDecision;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The order's updates: what each answers, what its validator refuses, and repeated ids. */
class OrderUpdatesWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  private OrderWorkflowHarness h;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env) {
    h = new OrderWorkflowHarness(env);
  }

  @Test
  void pickCompletedAnswersTheOrderStagedAndWaitingInPacking() {
    h.start("u-1");

    OrderView answer = h.pickCompleted("u-1", FakeInventory.fullPick());

    assertThat(answer.status()).isEqualTo(OrderStatus.IN_PROGRESS);
    assertThat(answer.stage()).isEqualTo(Stage.PACKING);
    assertThat(answer.lines()).extracting(LineView::state).containsOnly(LineState.STAGED);
    OrderView packed = h.packed("u-1");
    assertThat(packed.stage()).isIn(Stage.SHIPPING, Stage.DONE);
    assertThat(packed.lines()).extracting(LineView::packed).containsExactly(4L, 6L);
    assertThat(h.result("u-1").status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void anUpdateTheStageDoesNotTakeIsRefusedAndLeavesNoTraceInTheHistory() {
    h.start("u-2");
    h.awaitPicking("u-2");

    assertRefused(() -> h.order("u-2").packed(new Packed("packer-1")), "picking");
    assertRefused(
        () -> h.order("u-2").resolveShortage(new ShortageDecision(Decision.SHIP, "supervisor-1")),
        "picking");

    assertThat(events("u-2", EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).isZero();
    assertThat(h.status("u-2").stage()).isEqualTo(Stage.PICKING);
    h.pickCompleted("u-2", FakeInventory.fullPick());
    assertRefused(() -> h.order("u-2").pickCompleted(FakeInventory.fullPick()), "packing");
    verify(h.inventory, times(1)).confirmInventoryPick(any());
    h.packed("u-2");
    assertThat(h.result("u-2").status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void aPickReportOfASkuTheOrderDoesNotHoldIsInvalid() {
    h.start("u-3");
    h.awaitPicking("u-3");

    assertInvalid(
        () ->
            h.order("u-3")
                .pickCompleted(
                    new PickCompleted(
                        "picker-1",
                        List.of(new PickedItem("SKU-X", 1, "L-SKU-X", "tote-1")),
                        List.of())));

    verify(h.inventory, never()).confirmInventoryPick(any());
    assertThat(h.status("u-3").stage()).isEqualTo(Stage.PICKING);
    h.cancel("u-3", "test over");
    assertThat(h.result("u-3").status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void aRepeatedUpdateWithTheSameIdIsAnsweredOnceWithTheFirstAnswer() {
    h.start("u-4");
    h.awaitPicking("u-4");
    WorkflowStub order = WorkflowStub.fromTyped(h.order("u-4"));
    UpdateOptions<OrderView> options =
        UpdateOptions.newBuilder(OrderView.class)
            .setUpdateName("pickCompleted")
            .setUpdateId("pickCompleted:key-1")
            .setWaitForStage(WorkflowUpdateStage.COMPLETED)
            .build();

    OrderView first = order.startUpdate(options, FakeInventory.fullPick()).getResult();
    OrderView again = order.startUpdate(options, FakeInventory.fullPick()).getResult();

    assertThat(again).isEqualTo(first);
    assertThat(first.stage()).isEqualTo(Stage.PACKING);
    assertThat(events("u-4", EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).isOne();
    verify(h.inventory, times(1)).confirmInventoryPick(any());
    verify(h.inventory, times(1)).stageInventory(any());
    h.packed("u-4");
    assertThat(h.result("u-4").status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void resolveShortageAnswersOnceTheOrderLeftTheReview() {
    h.start("u-5");
    OrderView onHold = h.pickCompleted("u-5", FakeInventory.fewPicked());
    assertThat(onHold.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(onHold.stage()).isEqualTo(Stage.SHORTAGE_REVIEW);
    assertThat(onHold.reason())
        .isEqualTo(
            "short pick: 4 of 10 units picked, below the threshold 0.50; waiting for a"
                + " supervisor's decision");
    assertInvalid(() -> h.order("u-5").resolveShortage(new ShortageDecision(null, "supervisor-1")));

    OrderView resumed = h.resolveShortage("u-5", "ship");

    assertThat(resumed.status()).isEqualTo(OrderStatus.IN_PROGRESS);
    assertThat(resumed.stage()).isEqualTo(Stage.PACKING);
    assertThat(resumed.reason()).isNull();
    h.packed("u-5");
    assertThat(h.result("u-5").status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
  }

  private long events(String orderId, EventType type) {
    return h.history(WorkflowIds.order(orderId)).getEvents().stream()
        .filter(e -> e.getEventType() == type)
        .count();
  }
}
