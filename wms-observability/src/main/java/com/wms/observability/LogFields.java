package com.wms.observability;

import org.slf4j.MDC;

/**
 * The names of the fields a log line carries where they apply (SLF4J MDC keys, fields of the JSON
 * logs of {@code WMS_LOG_FORMAT=json}). Requests get {@link #PRINCIPAL} and the {@link #SKU} and
 * {@link #ORDER_ID} of their path from {@link RequestLogFields}; a controller that reads an order
 * id from the body adds it with {@link #orderId}. Temporal's own fields are renamed in the JSON to
 * {@link #WORKFLOW_ID} and {@link #ACTIVITY}. Traced code also has {@code traceId} and {@code
 * spanId}.
 */
public final class LogFields {
  public static final String PRINCIPAL = "principal";
  public static final String SKU = "sku";
  public static final String ORDER_ID = "orderId";
  public static final String WORKFLOW_ID = "workflowId";
  public static final String ACTIVITY = "activity";

  private LogFields() {}

  /**
   * Adds the order id of the current request; {@link RequestLogFields} removes it when the request
   * ends.
   */
  public static void orderId(String orderId) {
    if (orderId != null) {
      MDC.put(ORDER_ID, orderId);
    }
  }
}
