package com.wms.orchestrator.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.orchestrator.fulfillment.OrderFulfillmentWorkflow.FulfillmentOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an order's priority decides: its wire value, its pick timeout and its task priority. */
class OrderPriorityTest {
  private static final FulfillmentDefaults DEFAULTS =
      new FulfillmentDefaults(
          FulfillmentDefaults.pickTimeouts(
              Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8), null),
          0.5,
          Duration.ofHours(72),
          Duration.ofHours(8),
          "STAGING");

  @ParameterizedTest(name = "{0} is kept as {1}")
  @CsvSource({
    "same_day, SAME_DAY",
    "next_day, NEXT_DAY",
    "standard, STANDARD",
    "urgent, SAME_DAY",
    "high, NEXT_DAY",
    "normal, STANDARD",
    "low, STANDARD"
  })
  void theOriginalValuesAndTheOldOnesAreAccepted(String wire, OrderPriority expected) {
    assertThat(OrderPriority.ofWire(wire)).isEqualTo(expected);
  }

  @Test
  void anUnknownPriorityIsNone() {
    assertThat(OrderPriority.ofWire("asap")).isNull();
    assertThat(OrderPriority.ofWire("SAME_DAY")).isNull();
  }

  @Test
  void itsJsonIsTheOriginalValueAndAnOldValueReadsAsTheNearestOne() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.writeValueAsString(OrderPriority.NEXT_DAY)).isEqualTo("\"next_day\"");
    assertThat(json.readValue("\"normal\"", OrderPriority.class)).isEqualTo(OrderPriority.STANDARD);
  }

  @ParameterizedTest(name = "a {0} order waits {1} s for its pick, task priority {2}")
  @CsvSource({"SAME_DAY, 1800, 1", "NEXT_DAY, 7200, 2", "STANDARD, 28800, 3"})
  void theSoonerTheOrderMustLeaveTheShorterItsPickWaitAndTheEarlierItsTasks(
      OrderPriority priority, long pickTimeoutSeconds, int taskPriority) {
    FulfillmentOptions options = DEFAULTS.options(priority, false);

    assertThat(options.pickTimeoutSeconds()).isEqualTo(pickTimeoutSeconds);
    assertThat(options.packTimeoutSeconds()).isEqualTo(8 * 3600);
    assertThat(OrderStarts.options("o-1", priority).getPriority().getPriorityKey())
        .isEqualTo(taskPriority);
  }

  @Test
  void wmsPickTimeoutSetsThePickTimeoutOfEveryPriority() {
    assertThat(
            FulfillmentDefaults.pickTimeouts(
                    Duration.ofMinutes(30),
                    Duration.ofHours(2),
                    Duration.ofHours(8),
                    Duration.ofMinutes(45))
                .values())
        .containsOnly(Duration.ofMinutes(45));
  }
}
