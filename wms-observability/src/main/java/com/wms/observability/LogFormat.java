package com.wms.observability;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code WMS_LOG_FORMAT}: {@code text} (the default, human-readable lines) or {@code json} (one
 * Elastic Common Schema JSON object per line, with every log field: {@code principal}, {@code sku},
 * {@code orderId}, {@code workflowId}, {@code activity}, {@code traceId}, {@code spanId}, ...).
 */
final class LogFormat {
  static final String VARIABLE = "WMS_LOG_FORMAT";

  /** Temporal's own log fields, renamed to the names the rest of the logs use. */
  private static final Map<String, String> TEMPORAL_FIELDS =
      Map.of(
          "WorkflowId", LogFields.WORKFLOW_ID,
          "ActivityType", LogFields.ACTIVITY,
          "WorkflowType", "workflowType",
          "RunId", "runId",
          "ActivityId", "activityId",
          "Attempt", "attempt",
          "TaskQueue", "taskQueue",
          "Namespace", "namespace",
          "UpdateId", "updateId",
          "UpdateName", "update");

  private LogFormat() {}

  /** The Spring Boot logging properties for {@code value}; refuses an unknown format. */
  static Map<String, Object> properties(String value) {
    Map<String, Object> p = new LinkedHashMap<>();
    String format = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    switch (format) {
      case "", "text" -> {}
      case "json" -> {
        p.put("logging.structured.format.console", "ecs");
        // A banner is not a JSON line.
        p.put("spring.main.banner-mode", "off");
        TEMPORAL_FIELDS.forEach(
            (from, to) -> p.put("logging.structured.json.rename[" + from + "]", to));
      }
      default ->
          throw new IllegalArgumentException(
              VARIABLE + " must be text or json, not '" + value + "'");
    }
    return p;
  }
}
