package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records the histories {@link WorkflowReplayTest} replays: the order's workflow on every {@link
 * OrderPath}, and its cancellation child where it compensated. Not a {@code *Test}, so Surefire
 * runs it only when asked, and it writes only with the property set:
 *
 * <pre>{@code
 * mvn -o -pl orchestrator -am verify -Dtest=RecordWorkflowHistories \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dwms.recordHistories=true
 * }</pre>
 *
 * Record again only on purpose, as VERSIONING.md says; then commit the changed files.
 */
@EnabledIfSystemProperty(named = "wms.recordHistories", matches = "true")
class RecordWorkflowHistories {
  static final Path DIR = Path.of("src/test/resources/histories");

  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  @Test
  void recordsTheHistoryOfEveryOrderPath(TestWorkflowEnvironment env) throws IOException {
    OrderWorkflowHarness h = new OrderWorkflowHarness(env);
    for (OrderPath path : OrderPath.values()) {
      String orderId = "replay-" + path.name().toLowerCase(Locale.ROOT).replace('_', '-');
      assertThat(path.run(h, orderId).status().wire()).as("%s", path).isEqualTo(path.status);
      Path dir = Files.createDirectories(DIR.resolve(path.dir));
      write(h, WorkflowIds.order(orderId), dir.resolve("order.json"));
      if (path.compensated) {
        write(h, WorkflowIds.cancellation(orderId), dir.resolve("cancel.json"));
      }
    }
  }

  private static void write(OrderWorkflowHarness h, String workflowId, Path file)
      throws IOException {
    Files.writeString(file, h.history(workflowId).toJson(true) + "\n", StandardCharsets.UTF_8);
  }
}
