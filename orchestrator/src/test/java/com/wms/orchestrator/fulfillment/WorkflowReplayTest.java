package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the committed history of every {@link OrderPath} (recorded by {@link
 * RecordWorkflowHistories}) against today's workflow code. A change that would make a running
 * order's workflow take a different path on replay (new activity, reordered steps, changed child)
 * fails here; such a change needs {@code Workflow.getVersion}, as VERSIONING.md shows.
 */
class WorkflowReplayTest {

  static Stream<String> histories() {
    List<String> names = new ArrayList<>();
    for (OrderPath path : OrderPath.values()) {
      names.add(path.dir + "/order");
      if (path.compensated) {
        names.add(path.dir + "/cancel");
      }
    }
    return names.stream();
  }

  @ParameterizedTest(name = "{0} replays without nondeterminism")
  @MethodSource("histories")
  void aRecordedHistoryReplaysAgainstTheCurrentWorkflowCode(String name) throws Exception {
    WorkflowExecutionHistory history = load(name);
    List<EventType> events = history.getEvents().stream().map(e -> e.getEventType()).toList();
    assertThat(events).last().isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED);

    replay(history);
  }

  static void replay(WorkflowExecutionHistory history) throws Exception {
    Class<?>[] more =
        Arrays.copyOfRange(
            OrderWorkflowHarness.WORKFLOWS, 1, OrderWorkflowHarness.WORKFLOWS.length);
    WorkflowReplayer.replayWorkflowExecution(history, OrderWorkflowHarness.WORKFLOWS[0], more);
  }

  static WorkflowExecutionHistory load(String name) throws IOException {
    String resource = "/histories/" + name + ".json";
    try (InputStream in = WorkflowReplayTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("committed history %s", resource).isNotNull();
      return WorkflowExecutionHistory.fromJson(
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
