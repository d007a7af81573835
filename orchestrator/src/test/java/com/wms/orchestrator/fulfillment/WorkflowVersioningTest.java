package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.NonDeterministicException;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The versioning pattern of VERSIONING.md on a real change: the pack timeout added a timer to an
 * order waiting in packing. Behind {@code Workflow.getVersion} an order recorded before the change
 * replays as it ran; the same change without the gate fails replay with a {@link
 * NonDeterministicException}, which is what a running order would hit on deploy.
 */
class WorkflowVersioningTest {
  private static final String BEFORE = "versions/happy-path-before-pack-timeout";

  @Test
  void anOrderRecordedBeforeThePackTimeoutReplaysThroughTheVersionGate() throws Exception {
    WorkflowExecutionHistory before = WorkflowReplayTest.load(BEFORE);
    assertThat(timers(before)).as("only the pick timer").containsExactly(1800L);

    WorkflowReplayTest.replay(before);
  }

  @Test
  void theSameChangeWithoutItsVersionGateFailsReplayAsNondeterministic() throws Exception {
    WorkflowExecutionHistory before = WorkflowReplayTest.load(BEFORE);

    assertThatThrownBy(
            () ->
                WorkflowReplayer.replayWorkflowExecution(
                    before, UngatedPackTimeoutWorkflowImpl.class))
        .hasMessageContaining(NonDeterministicException.class.getName())
        .hasMessageContaining("does not match command type COMMAND_TYPE_START_TIMER");
  }

  @Test
  void anOrderRecordedSinceWaitsInPackingWithTheTimerAndRecordsTheVersion() throws Exception {
    WorkflowExecutionHistory now = WorkflowReplayTest.load(OrderPath.HAPPY.dir + "/order");
    List<HistoryEvent> events = now.getEvents();

    assertThat(events)
        .filteredOn(e -> e.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
        .extracting(e -> e.getMarkerRecordedEventAttributes().getMarkerName())
        .contains("Version");
    assertThat(timers(now))
        .as("the pick timer, then the pack timer")
        .containsExactly(1800L, 28800L);
  }

  /** The seconds of every timer the history started. */
  private static List<Long> timers(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED)
        .map(e -> e.getTimerStartedEventAttributes().getStartToFireTimeout().getSeconds())
        .toList();
  }

  /** The pack timeout as it would read without its version gate: the timer, always. */
  public static class UngatedPackTimeoutWorkflowImpl extends OrderFulfillmentWorkflowImpl {
    @WorkflowInit
    public UngatedPackTimeoutWorkflowImpl(FulfillmentInput input) {
      super(input);
    }

    @Override
    protected boolean awaitPacked() {
      return Workflow.await(Duration.ofHours(8), this::packedArrived);
    }
  }
}
