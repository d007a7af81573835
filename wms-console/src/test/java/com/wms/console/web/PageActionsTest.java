package com.wms.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.client.InventoryProblemException;
import com.wms.orchestrator.order.OrderApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

class PageActionsTest {
  private final PageActions actions =
      new PageActions("/console/things/", (id, response, model) -> "page of " + id, "quantity");
  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private final ExtendedModelMap model = new ExtendedModelMap();
  private final Map<String, String> form = Map.of("quantity", "7");

  @Test
  void aCallTheApiTakesRedirectsToThePageSayingWhatWasDone() {
    String view = actions.act("T-1", "count", form, response, model, () -> {}, "counted");

    assertThat(view).isEqualTo("redirect:/console/things/T-1?done=counted");
    assertThat(model).isEmpty();
  }

  @Test
  void anInventoryRefusalShowsThePageAgainWithItsStatusAndMessageBesideTheFieldItNames() {
    String view =
        refusedBy(
            new InventoryProblemException(
                400, "VALIDATION_FAILED", "quantity must be positive", Map.of()));

    assertThat(view).isEqualTo("page of T-1");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(model.get("problem"))
        .isEqualTo(new Problem(400, "VALIDATION_FAILED", "quantity must be positive", "quantity"));
    assertThat(model.get("failedAction")).isEqualTo("count");
    assertThat(model.get("form")).isEqualTo(form);
  }

  @Test
  void anOrderRefusalShowsThePageAgainWithItsStatusAndMessage() {
    String view = refusedBy(new OrderApiException(409, "INVALID_STATE", "too late", Map.of()));

    assertThat(view).isEqualTo("page of T-1");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(model.get("problem")).isEqualTo(new Problem(409, "INVALID_STATE", "too late", null));
  }

  @Test
  void inputTheConsoleRefusesShowsThePageAgainWithA400BesideItsField() {
    String view = refusedBy(new Forms.InvalidInput("quantity", "Quantity is required."));

    assertThat(view).isEqualTo("page of T-1");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(model.get("problem"))
        .isEqualTo(Problem.invalid("quantity", "Quantity is required."));
  }

  private String refusedBy(RuntimeException refusal) {
    return actions.act(
        "T-1",
        "count",
        form,
        response,
        model,
        () -> {
          throw refusal;
        },
        "counted");
  }
}
