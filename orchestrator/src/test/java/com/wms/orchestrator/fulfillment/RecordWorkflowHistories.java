package com.wms.orchestrator.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records the histories {@link WorkflowReplayTest} replays: the order and each child of a shipped
 * order, an order cancelled after staging and a partially shipped one. Not a {@code *Test}, so
 * Surefire runs it only when asked, and it writes only with the property set:
 *
 * <pre>{@code
 * mvn -o -pl orchestrator -am verify -Dtest=RecordWorkflowHistories \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dwms.recordHistories=true
 * }</pre>
 *
 * Record again only on purpose (a change that is meant to be incompatible, shipped with a new
 * workflow type or versioning); then commit the changed files.
 */
@EnabledIfSystemProperty(named = "wms.recordHistories", matches = "true")
class RecordWorkflowHistories {
  static final Path DIR = Path.of("src/test/resources/histories");

  @RegisterExtension
  static final TestWorkflowExtension workflows = OrderWorkflowHarness.extension();

  @Test
  void recordsTheHistoriesOfAShippedACancelledAndAPartiallyShippedOrder(TestWorkflowEnvironment env)
      throws IOException {
    OrderWorkflowHarness h = new OrderWorkflowHarness(env);

    assertThat(h.happyPath("replay-ship").status()).isEqualTo("shipped");
    write(h, "happy-path", "replay-ship", List.of("order", "picking", "packing", "shipping"));

    assertThat(h.cancelAfterStaging("replay-cancel").status()).isEqualTo("cancelled");
    write(h, "cancel-after-staging", "replay-cancel", List.of("order", "picking", "cancel"));

    assertThat(h.partialShip("replay-partial").status()).isEqualTo("partially_shipped");
    write(
        h,
        "partial-ship",
        "replay-partial",
        List.of("order", "picking", "shortage", "packing", "shipping"));
  }

  private static void write(
      OrderWorkflowHarness h, String scenario, String orderId, List<String> workflows)
      throws IOException {
    Path dir = Files.createDirectories(DIR.resolve(scenario));
    for (String prefix : workflows) {
      String json = h.history(prefix + "-" + orderId).toJson(true);
      Files.writeString(dir.resolve(prefix + ".json"), json + "\n", StandardCharsets.UTF_8);
    }
  }
}
