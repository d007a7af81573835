package com.wms.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wms.inventory.client.InventoryProblemException;
import com.wms.orchestrator.order.OrderApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aRefusalGoesBesideTheFieldItsMessageNames() {
    Problem p =
        Problem.of(
            new InventoryProblemException(
                400, "VALIDATION_FAILED", "quantity must be between 1 and 1000000000", Map.of()),
            "locationId",
            "quantity");

    assertThat(p.field()).isEqualTo("quantity");
    assertThat(p.isFor("quantity")).isTrue();
    assertThat(p.isFor("locationId")).isFalse();
    assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(p.status()).isEqualTo(400);
  }

  @Test
  void aRefusalOfTheWholeFormBelongsToNoField() {
    Problem p =
        Problem.of(
            new OrderApiException(
                409, "INVALID_STATE", "an order can be cancelled until shipping starts", Map.of()),
            "reason");

    assertThat(p.field()).isNull();
    assertThat(p.detail()).isEqualTo("an order can be cancelled until shipping starts");
  }

  @Test
  void anythingButAnApiRefusalIsNotAProblemToShow() {
    assertThatThrownBy(() -> Problem.of(new IllegalStateException("bug")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void typedNumbersAreReadAndOthersRefusedBesideTheirField() {
    assertThat(Forms.number("quantity", "Quantity", " 12 ")).isEqualTo(12);
    assertThat(Forms.optionalNumber("reorderPoint", "Reorder point", "")).isNull();
    assertThatThrownBy(() -> Forms.number("quantity", "Quantity", "twelve"))
        .isInstanceOfSatisfying(
            Forms.InvalidInput.class,
            e -> {
              assertThat(e.problem().field()).isEqualTo("quantity");
              assertThat(e.problem().detail()).contains("whole number");
            });
    assertThat(Forms.keyOf("console:0f8fad5b-d9cb-469f-a165-70867728950e"))
        .isEqualTo("console:0f8fad5b-d9cb-469f-a165-70867728950e");
    assertThat(Forms.keyOf("reserve:ORD-1")).startsWith("console:").isNotEqualTo("reserve:ORD-1");
  }
}
