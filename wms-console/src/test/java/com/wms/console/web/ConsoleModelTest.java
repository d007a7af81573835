package com.wms.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleModelTest {

  @Test
  void eachPageLightsItsMenuEntry() {
    assertThat(ConsoleModel.section("/console/orders", "GET")).isEqualTo("board");
    assertThat(ConsoleModel.section("/console/orders/ORD-1", "GET")).isEqualTo("board");
    assertThat(ConsoleModel.section("/console/orders/new", "GET")).isEqualTo("new");
    assertThat(ConsoleModel.section("/console/orders", "POST")).isEqualTo("new");
    assertThat(ConsoleModel.section("/console/stock/SKU-1", "GET")).isEqualTo("stock");
    assertThat(ConsoleModel.section("/console/audit", "GET")).isEqualTo("audit");
    assertThat(ConsoleModel.section("/console/sign-in", "GET")).isEmpty();
  }
}
