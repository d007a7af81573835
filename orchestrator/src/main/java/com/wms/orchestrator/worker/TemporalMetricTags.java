package com.wms.orchestrator.worker;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.temporal.serviceclient.MetricsTag;

/**
 * Gives every Temporal request meter the {@code update_name} tag. The SDK tags the requests of a
 * Workflow Update with it and every other request without it, but Prometheus needs one set of tag
 * keys per metric name: without this the first update's meters are refused (and logged as a
 * warning), so updates would be missing from {@code temporal_request_*} and {@code
 * temporal_long_request_*}.
 */
final class TemporalMetricTags implements MeterFilter {
  private static final Tag NO_UPDATE = Tag.of(MetricsTag.UPDATE_NAME, MetricsTag.DEFAULT_VALUE);

  @Override
  public Meter.Id map(Meter.Id id) {
    if (id.getName().startsWith("temporal")
        && id.getTag(MetricsTag.OPERATION_NAME) != null
        && id.getTag(MetricsTag.UPDATE_NAME) == null) {
      return id.withTag(NO_UPDATE);
    }
    return id;
  }
}
