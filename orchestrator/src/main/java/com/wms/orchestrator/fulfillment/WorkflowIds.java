package com.wms.orchestrator.fulfillment;

/**
 * The one place workflow ids are built. An order runs as {@code order-{orderId}}; its compensation,
 * when it needs one, as the child {@code cancel-{orderId}}.
 */
public final class WorkflowIds {
  private WorkflowIds() {}

  /** The order's fulfillment workflow. */
  public static String order(String orderId) {
    return "order-" + orderId;
  }

  /** The cancellation workflow that compensates the order. */
  public static String cancellation(String orderId) {
    return "cancel-" + orderId;
  }
}
