package com.wms.orchestrator.order;

/** Order statuses and stages as they appear on the wire and in the orders table. */
public final class OrderStatus {
  private OrderStatus() {}

  public static final String IN_PROGRESS = "in_progress";
  public static final String ON_HOLD = "on_hold";
  public static final String SHIPPED = "shipped";
  public static final String PARTIALLY_SHIPPED = "partially_shipped";
  public static final String BACKORDERED = "backordered";
  public static final String CANCELLED = "cancelled";
  public static final String REJECTED = "rejected";
  public static final String FAILED = "failed";
  public static final String NEEDS_RECONCILIATION = "needs_reconciliation";

  public static final String STAGE_RECEIVED = "received";
  public static final String STAGE_RESERVING = "reserving";
  public static final String STAGE_PICKING = "picking";
  public static final String STAGE_SHORTAGE_REVIEW = "shortage_review";
  public static final String STAGE_PACKING = "packing";
  public static final String STAGE_SHIPPING = "shipping";
  public static final String STAGE_COMPENSATING = "compensating";
  public static final String STAGE_DONE = "done";

  /**
   * True for a status that takes no more signals. A cancelled or failed order gets its status first
   * and is compensated after (stage {@code compensating}); it is finished only in stage {@code
   * done}, and a compensation that gives up still turns it into needs_reconciliation.
   */
  public static boolean terminal(String status) {
    return !IN_PROGRESS.equals(status) && !ON_HOLD.equals(status);
  }
}
