package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Temporal actions of the benchmark's order (one line, packed automatically), counted from its
 * committed history. Before one workflow per order it ran 15 activities in 4 workflows (3 child
 * workflows, 1 signal); the target was half the activities. A change that adds actions to every
 * order fails here, on purpose: say why in VERSIONING.md and change the numbers.
 */
class ActionCountTest {

  @Test
  void aSingleLineOrderRunsSixActivitiesAndNoChildWorkflow() throws Exception {
    WorkflowExecutionHistory history =
        WorkflowReplayTest.load(OrderPath.SINGLE_LINE_AUTO_PACK.dir + "/order");

    assertThat(activities(history))
        .containsExactly(
            "ReserveInventory",
            "ConfirmInventoryPick",
            "StageInventory",
            "PackInventory",
            "ShipInventory",
            "NotifyOrderEvent");
    // SaveOrderView as a local activity at each stage: reserving, picking, packing, shipping, done.
    assertThat(count(history, EventType.EVENT_TYPE_MARKER_RECORDED)).isEqualTo(5);
    assertThat(count(history, EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED))
        .isZero();
    assertThat(count(history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).isOne();
    assertThat(count(history, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)).isZero();
    assertThat(count(history, EventType.EVENT_TYPE_TIMER_STARTED)).as("the pick timeout").isOne();
    assertThat(count(history, EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)).isEqualTo(8);
  }

  private static List<String> activities(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
        .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
        .toList();
  }

  private static long count(WorkflowExecutionHistory history, EventType type) {
    return history.getEvents().stream().filter(e -> e.getEventType() == type).count();
  }
}
