package com.wms.orchestrator.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderEventTypesTest {

  @Test
  void enteringPickingIsThePickingEvent() {
    assertThat(OrderEventTypes.of("in_progress", "reserving", "in_progress", "picking"))
        .containsExactly("picking");
  }

  @Test
  void leavingPackingForShippingIsThePackedEvent() {
    assertThat(OrderEventTypes.of("in_progress", "packing", "in_progress", "shipping"))
        .containsExactly("packed");
  }

  @Test
  void everyNewStatusButInProgressIsAnEventNamedAfterIt() {
    assertThat(OrderEventTypes.of("in_progress", "picking", "on_hold", "shortage_review"))
        .containsExactly("on-hold");
    assertThat(OrderEventTypes.of("in_progress", "shipping", "partially_shipped", "done"))
        .containsExactly("partially-shipped");
    assertThat(OrderEventTypes.of("cancelled", "compensating", "needs_reconciliation", "done"))
        .containsExactly("needs-reconciliation");
    assertThat(OrderEventTypes.of("on_hold", "shortage_review", "in_progress", "packing"))
        .isEmpty();
  }

  @Test
  void aStageChangeAndAStatusChangeAtOnceAreTwoEventsInThatOrder() {
    assertThat(OrderEventTypes.of("in_progress", "reserving", "rejected", "picking"))
        .containsExactly("picking", "rejected");
  }

  @Test
  void savingTheSameStatusAndStageAgainIsNoEvent() {
    assertThat(OrderEventTypes.of("in_progress", "picking", "in_progress", "picking")).isEmpty();
  }
}
