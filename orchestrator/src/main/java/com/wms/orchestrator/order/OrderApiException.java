package com.wms.orchestrator.order;

import java.util.Map;

/** A refusal of the order API with its HTTP status and stable code. */
public class OrderApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Map<String, Object> properties;

  public OrderApiException(int status, String code, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.code = code;
    this.properties = Map.copyOf(properties);
  }

  static OrderApiException invalid(String detail) {
    return new OrderApiException(400, "VALIDATION_FAILED", detail, Map.of());
  }

  static OrderApiException unknown(String orderId) {
    return new OrderApiException(404, "UNKNOWN_ORDER", "unknown order " + orderId, Map.of());
  }

  static OrderApiException wrongStage(String orderId, OrderView view, String wanted) {
    return new OrderApiException(
        409,
        "INVALID_STATE",
        "order " + orderId + " is " + view.status() + " in stage " + view.stage() + "; " + wanted,
        Map.of("orderStatus", view.status(), "stage", view.stage()));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
