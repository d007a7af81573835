package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.wms.orchestrator.inventory.ActivityRecords.ReserveInventoryInput;
import com.wms.orchestrator.order.OrderStatus;
import io.temporal.activity.Activity;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.api.history.v1.ActivityTaskStartedEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker that dies (kill -9) in the middle of a single-call inventory activity: its attempt
 * neither completes nor heartbeats. The heartbeat timeout notices it, not the 5-minute timeout.
 */
class DeadWorkerWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  /** Holds the dead worker's thread until the test ends. */
  private final CountDownLatch release = new CountDownLatch(1);

  /** Holds attempt 2 until the test has seen how attempt 1 ended. */
  private final CountDownLatch seen = new CountDownLatch(1);

  private OrderWorkflowHarness h;

  @BeforeEach
  void startWorker(TestWorkflowEnvironment env) {
    h = new OrderWorkflowHarness(env);
  }

  @AfterEach
  void stopWorker() {
    release.countDown();
    seen.countDown();
    h.close();
  }

  @Test
  void aReserveAttemptOnADeadWorkerTimesOutOnItsHeartbeatAndTheRetryLetsTheOrderShip() {
    doAnswer(
            call -> {
              (Activity.getExecutionContext().getInfo().getAttempt() == 1 ? release : seen).await();
              return FakeInventory.reserved(call.<ReserveInventoryInput>getArgument(0));
            })
        .when(h.inventory)
        .reserveInventory(any());

    // The test server skips no time while an activity runs: the heartbeat timeout takes its 30 s,
    // within the harness's wait for picking; the 5-minute start-to-close timeout would not.
    h.start("o-1");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(h.pendingActivities(WorkflowIds.order("o-1")))
                    .singleElement()
                    .satisfies(
                        a -> {
                          assertThat(a.getActivityType().getName()).isEqualTo("ReserveInventory");
                          assertThat(a.getAttempt()).isEqualTo(2);
                          assertThat(a.getLastFailure().getTimeoutFailureInfo().getTimeoutType())
                              .as("how attempt 1 ended")
                              .isEqualTo(TimeoutType.TIMEOUT_TYPE_HEARTBEAT);
                        }));
    seen.countDown();
    h.pickCompleted("o-1", FakeInventory.fullPick());
    h.packed("o-1");

    assertThat(h.result("o-1").status()).isEqualTo(OrderStatus.SHIPPED);
    verify(h.inventory, times(2)).reserveInventory(any());
    List<HistoryEvent> events = h.history(WorkflowIds.order("o-1")).getEvents();
    long reserve =
        events.stream()
            .filter(
                e ->
                    e.hasActivityTaskScheduledEventAttributes()
                        && e.getActivityTaskScheduledEventAttributes()
                            .getActivityType()
                            .getName()
                            .equals("ReserveInventory"))
            .findFirst()
            .orElseThrow()
            .getEventId();
    ActivityTaskStartedEventAttributes started =
        events.stream()
            .filter(HistoryEvent::hasActivityTaskStartedEventAttributes)
            .map(HistoryEvent::getActivityTaskStartedEventAttributes)
            .filter(a -> a.getScheduledEventId() == reserve)
            .findFirst()
            .orElseThrow();
    assertThat(started.getAttempt()).as("the attempt that completed").isEqualTo(2);
    assertThat(events)
        .extracting(HistoryEvent::getEventType)
        .doesNotContain(EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT);
  }
}
