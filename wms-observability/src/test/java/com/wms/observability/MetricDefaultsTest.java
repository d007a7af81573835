package com.wms.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MetricDefaultsTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withInitializer(
              c ->
                  new ObservabilityEnvironment()
                      .postProcessEnvironment(c.getEnvironment(), new SpringApplication()))
          .withConfiguration(
              AutoConfigurations.of(
                  MetricsAutoConfiguration.class,
                  CompositeMeterRegistryAutoConfiguration.class,
                  PrometheusMetricsExportAutoConfiguration.class));

  @Test
  void groupCommitGroupSizesAndRequestLatenciesAreHistograms() {
    context.run(
        c -> {
          MeterRegistry meters = c.getBean(MeterRegistry.class);
          DistributionSummary groups =
              DistributionSummary.builder("wms.inventory.reserve.group.size").register(meters);
          groups.record(3);
          Timer requests = Timer.builder("http.server.requests").register(meters);
          requests.record(Duration.ofMillis(12));

          assertThat(groups.takeSnapshot().histogramCounts()).hasSizeGreaterThanOrEqualTo(7);
          assertThat(requests.takeSnapshot().histogramCounts()).hasSizeGreaterThan(10);
        });
  }
}
