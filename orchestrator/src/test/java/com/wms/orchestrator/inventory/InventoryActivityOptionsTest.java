package com.wms.orchestrator.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InventoryActivityOptionsTest {
  @Test
  void defaultsAreTheSeedsFiveMinutesAndThreeAttemptsWithExponentialBackoff() {
    ActivityOptions options = InventoryActivityOptions.defaults();

    assertThat(options.getStartToCloseTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(options.getRetryOptions().getMaximumAttempts()).isEqualTo(3);
    assertThat(options.getRetryOptions().getInitialInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(options.getRetryOptions().getBackoffCoefficient()).isEqualTo(2.0);
  }

  @Test
  void singleCallActivitiesAndCompensationHaveTheThirtySecondHeartbeatTimeoutToo() {
    assertThat(InventoryActivityOptions.defaults().getHeartbeatTimeout())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(InventoryActivityOptions.compensation().getHeartbeatTimeout())
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void multiItemActivitiesGetAThirtySecondHeartbeatTimeout() {
    assertThat(InventoryActivityOptions.methodOptions())
        .containsOnlyKeys(InventoryActivityOptions.MULTI_ITEM_ACTIVITIES)
        .allSatisfy(
            (name, options) ->
                assertThat(options.getHeartbeatTimeout()).isEqualTo(Duration.ofSeconds(30)));
  }

  @Test
  void compensationRetriesLongerThanTheDefault() {
    assertThat(InventoryActivityOptions.compensation().getRetryOptions().getMaximumAttempts())
        .isGreaterThan(InventoryActivityOptions.defaults().getRetryOptions().getMaximumAttempts());
    assertThat(
            InventoryActivityOptions.compensationMethodOptions()
                .get("ReturnInventoryToShelf")
                .getHeartbeatTimeout())
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void everyMultiItemNameIsAnActivityOfTheInterface() {
    assertThat(
            Arrays.stream(InventoryActivities.class.getMethods())
                .map(m -> m.getAnnotation(ActivityMethod.class).name())
                .toList())
        .containsAll(InventoryActivityOptions.MULTI_ITEM_ACTIVITIES)
        .hasSize(10);
  }
}
