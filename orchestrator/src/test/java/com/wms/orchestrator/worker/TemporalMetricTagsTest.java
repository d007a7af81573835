package com.wms.orchestrator.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.serviceclient.MetricsTag;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemporalMetricTagsTest {

  /** The tags the SDK puts on every request it sends to the Temporal frontend. */
  private static final Map<String, String> REQUEST =
      Map.of(MetricsTag.NAMESPACE, "default", MetricsTag.OPERATION_NAME, "PollActivityTaskQueue");

  @Test
  void requestsOfAWorkflowUpdateAreCountedBesideEveryOtherRequest() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(new TemporalMetricTags());
    Scope root =
        new RootScopeBuilder()
            .reporter(new MicrometerClientStatsReporter(registry))
            .reportEvery(Duration.ofSeconds(60));

    root.tagged(REQUEST).counter("temporal_long_request").inc(1);
    root.tagged(
            Map.of(
                MetricsTag.NAMESPACE,
                "default",
                MetricsTag.OPERATION_NAME,
                "UpdateWorkflowExecution",
                MetricsTag.UPDATE_NAME,
                "pickCompleted"))
        .counter("temporal_long_request")
        .inc(1);
    root.close();

    String scrape = registry.scrape();
    assertThat(scrape)
        .contains("operation=\"PollActivityTaskQueue\",update_name=\"none\"")
        .contains("operation=\"UpdateWorkflowExecution\",update_name=\"pickCompleted\"");
  }

  @Test
  void metersOfTheWorkerKeepTheirOwnTags() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(new TemporalMetricTags());

    registry.gauge("temporal_worker_task_slots_available", 1.0);
    registry.counter("wms_inventory_operations", "operation", "reserve").increment();

    assertThat(registry.scrape()).doesNotContain("update_name");
  }
}
