package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentInput;
import com.wms.orchestrator.order.OrderLine;
import com.wms.orchestrator.order.OrderPriority;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order's status and stage change only through OrderState's transitions, and only forward. */
class OrderStateTest {

  private static OrderState order() {
    return new OrderState(
        new FulfillmentInput(
            "ORD-1", "C-1", OrderPriority.STANDARD, List.of(new OrderLine("SKU-1", 4)), null));
  }

  @Test
  void anOrderMovesForwardThroughItsStages() {
    OrderState state = order();
    for (Stage next :
        List.of(Stage.RESERVING, Stage.PICKING, Stage.PACKING, Stage.SHIPPING, Stage.DONE)) {
      state.enter(next);
      assertThat(state.view().stage()).isEqualTo(next);
    }
    assertThat(state.view().status()).isEqualTo(OrderStatus.IN_PROGRESS);
  }

  @Test
  void aStageTakenTwiceOrOutOfOrderIsRefusedAndChangesNothing() {
    OrderState state = order();
    state.enter(Stage.RESERVING);
    state.enter(Stage.PACKING);

    assertThatThrownBy(() -> state.enter(Stage.PACKING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("from stage packing to packing");
    assertThatThrownBy(() -> state.enter(Stage.PICKING)).isInstanceOf(IllegalStateException.class);
    assertThat(state.stage()).isEqualTo(Stage.PACKING);
  }

  @Test
  void aShortPickHoldsThePickingOrderWithItsReasonUntilASupervisorResumesIt() {
    OrderState state = order();
    state.enter(Stage.RESERVING);
    state.enter(Stage.PICKING);

    state.hold("short pick");
    assertThat(state.view().status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(state.view().stage()).isEqualTo(Stage.SHORTAGE_REVIEW);
    assertThat(state.view().reason()).isEqualTo("short pick");

    state.resume();
    state.enter(Stage.PACKING);
    assertThat(state.view().status()).isEqualTo(OrderStatus.IN_PROGRESS);
    assertThat(state.view().reason()).isNull();
  }

  @Test
  void onlyAPickingOrderIsHeldAndOnlyAHeldOrderResumes() {
    OrderState state = order();
    state.enter(Stage.RESERVING);

    assertThatThrownBy(() -> state.hold("short pick")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(state::resume).isInstanceOf(IllegalStateException.class);
    assertThat(state.view().status()).isEqualTo(OrderStatus.IN_PROGRESS);
    assertThat(state.view().stage()).isEqualTo(Stage.RESERVING);
  }

  @Test
  void anOutcomeGivesTheOrderItsFinalStatusAndReason() {
    OrderState state = order();
    state.enter(Stage.RESERVING);

    state.end(new OrderOutcome.Rejected("insufficient stock"));

    assertThat(state.ended()).isTrue();
    assertThat(state.view().status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(state.view().reason()).isEqualTo("insufficient stock");
  }
}
