package com.wms.orchestrator.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderEventTypesTest {

  @Test
  void enteringPickingIsThePickingEvent() {
    assertThat(
            OrderEventTypes.of(
                OrderStatus.IN_PROGRESS, Stage.RESERVING, OrderStatus.IN_PROGRESS, Stage.PICKING))
        .containsExactly("picking");
  }

  @Test
  void leavingPackingForShippingIsThePackedEvent() {
    assertThat(
            OrderEventTypes.of(
                OrderStatus.IN_PROGRESS, Stage.PACKING, OrderStatus.IN_PROGRESS, Stage.SHIPPING))
        .containsExactly("packed");
  }

  @Test
  void everyNewStatusButInProgressIsAnEventNamedAfterIt() {
    assertThat(
            OrderEventTypes.of(
                OrderStatus.IN_PROGRESS, Stage.PICKING, OrderStatus.ON_HOLD, Stage.SHORTAGE_REVIEW))
        .containsExactly("on-hold");
    assertThat(
            OrderEventTypes.of(
                OrderStatus.IN_PROGRESS, Stage.SHIPPING, OrderStatus.PARTIALLY_SHIPPED, Stage.DONE))
        .containsExactly("partially-shipped");
    assertThat(
            OrderEventTypes.of(
                OrderStatus.CANCELLED,
                Stage.COMPENSATING,
                OrderStatus.NEEDS_RECONCILIATION,
                Stage.DONE))
        .containsExactly("needs-reconciliation");
    assertThat(
            OrderEventTypes.of(
                OrderStatus.ON_HOLD, Stage.SHORTAGE_REVIEW, OrderStatus.IN_PROGRESS, Stage.PACKING))
        .isEmpty();
  }

  @Test
  void aStageChangeAndAStatusChangeAtOnceAreTwoEventsInThatOrder() {
    assertThat(
            OrderEventTypes.of(
                OrderStatus.IN_PROGRESS, Stage.RESERVING, OrderStatus.REJECTED, Stage.PICKING))
        .containsExactly("picking", "rejected");
  }

  @Test
  void savingTheSameStatusAndStageAgainIsNoEvent() {
    assertThat(
            OrderEventTypes.of(
                OrderStatus.IN_PROGRESS, Stage.PICKING, OrderStatus.IN_PROGRESS, Stage.PICKING))
        .isEmpty();
  }
}
