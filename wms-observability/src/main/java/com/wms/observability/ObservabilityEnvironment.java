package com.wms.observability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code WMS_LOG_FORMAT} and the standard OpenTelemetry variables into Spring Boot settings
 * before logging and the application start, and sets the metric defaults every process shares:
 * latency histograms for the HTTP endpoints, buckets for group-commit group sizes, and one
 * observation per request (Spring Security's own observations are off). Explicit properties win
 * over these defaults.
 */
public class ObservabilityEnvironment implements EnvironmentPostProcessor, Ordered {
  static final String DEFAULTS = "wmsObservabilityDefaults";
  static final String DECIDED = "wmsObservabilityDecided";
  private static final String EXCLUDE = "spring.autoconfigure.exclude";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put(
        "management.metrics.distribution.percentiles-histogram.http.server.requests", true);
    // Written as decimals: a bare "1" would be read as a duration of 1 ms and dropped.
    defaults.put(
        "management.metrics.distribution.slo.wms.inventory.reserve.group.size",
        "1.0,2.0,4.0,8.0,16.0,32.0,64.0");
    defaults.put("management.observations.enable.spring.security", false);
    defaults.putAll(LogFormat.properties(env.getProperty(LogFormat.VARIABLE)));
    TracingSettings tracing = TracingSettings.from(env::getProperty);
    defaults.putAll(tracing.properties());
    env.getPropertySources().addLast(new MapPropertySource(DEFAULTS, defaults));

    // What was decided wins over every other source, so Spring Boot's conditions, the Temporal
    // interceptors and the log pattern all see the same switch.
    Map<String, Object> decided = new LinkedHashMap<>();
    decided.put(TracingSettings.ENABLED, tracing.enabled());
    if (!tracing.enabled()) {
      List<String> exclude = new ArrayList<>();
      String existing = env.getProperty(EXCLUDE);
      if (existing != null && !existing.isBlank()) {
        exclude.addAll(Arrays.asList(existing.split(",")));
      }
      exclude.addAll(TracingSettings.TRACING_AUTO_CONFIGURATIONS);
      decided.put(EXCLUDE, String.join(",", exclude));
    }
    env.getPropertySources().addFirst(new MapPropertySource(DECIDED, decided));
  }

  /** After the application's own configuration files are read, so their settings count. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
