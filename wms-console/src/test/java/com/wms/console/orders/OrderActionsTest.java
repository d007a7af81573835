package com.wms.console.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.console.web.ConsoleUser;
import com.wms.orchestrator.order.OrderPriority;
import com.wms.orchestrator.order.OrderStatus;
import com.wms.orchestrator.order.OrderView;
import com.wms.orchestrator.order.Stage;
import com.wms.security.ApiRole;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderActionsTest {

  @Test
  void eachStageOffersOnlyTheActionsItTakes() {
    assertThat(OrderActions.allowed(view("in_progress", "picking")))
        .isEqualTo(new OrderActions.Allowed(true, false, true, false));
    assertThat(OrderActions.allowed(view("in_progress", "packing")))
        .isEqualTo(new OrderActions.Allowed(false, true, true, false));
    assertThat(OrderActions.allowed(view("in_progress", "shipping")).any()).isFalse();
    assertThat(OrderActions.allowed(view("on_hold", "shortage_review")))
        .isEqualTo(new OrderActions.Allowed(false, false, false, true));
    assertThat(OrderActions.allowed(view("shipped", "done")).any()).isFalse();
    assertThat(OrderActions.allowed(view("cancelled", "compensating")).any()).isFalse();
  }

  @Test
  void aPrincipalBecomesAnIdTheOrderApiTakes() {
    assertThat(OrderActions.idOf(new ConsoleUser("operator#1a2b3c", ApiRole.OPERATOR, "t")))
        .isEqualTo("operator-1a2b3c");
  }

  private static OrderView view(String status, String stage) {
    return new OrderView(
        "ORD-1",
        "C-1",
        OrderPriority.STANDARD,
        OrderStatus.ofWire(status),
        Stage.valueOf(stage.toUpperCase(Locale.ROOT)),
        List.of(),
        List.of(),
        null,
        null,
        null,
        List.of());
  }
}
