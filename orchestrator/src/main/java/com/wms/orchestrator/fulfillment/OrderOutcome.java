package com.wms.orchestrator.fulfillment;

import com.wms.orchestrator.order.OrderStatus;

/**
 * How an order ends, decided once by the fulfillment flow. An {@link Undo} outcome leaves stock to
 * give back, so the workflow compensates before it finishes; a compensation that gives up turns it
 * into {@link NeedsReconciliation}.
 */
sealed interface OrderOutcome {

  /** The final status. */
  OrderStatus status();

  /** Why the order ended so, or null when it shipped. */
  String reason();

  /** The message of the order's final notification: why it ended so, else its status. */
  default String notice() {
    return reason() != null ? reason() : status().wire();
  }

  /** An outcome whose reservations and allocations have to be given back. */
  sealed interface Undo extends OrderOutcome {
    /** Who asked for the undo, for the ledger: a user, or {@code system}. */
    String requestedBy();
  }

  /**
   * @param notice how many allocations shipped, e.g. {@code 2 of 2 allocation(s) shipped}
   */
  record Shipped(String notice) implements OrderOutcome {
    @Override
    public OrderStatus status() {
      return OrderStatus.SHIPPED;
    }

    @Override
    public String reason() {
      return null;
    }
  }

  /**
   * @param notice how many allocations shipped; the rest is backordered
   */
  record PartiallyShipped(String notice) implements OrderOutcome {
    @Override
    public OrderStatus status() {
      return OrderStatus.PARTIALLY_SHIPPED;
    }

    @Override
    public String reason() {
      return null;
    }
  }

  /** Not enough stock to reserve: nothing was reserved, so nothing is undone. */
  record Rejected(String reason) implements OrderOutcome {
    @Override
    public OrderStatus status() {
      return OrderStatus.REJECTED;
    }
  }

  record Cancelled(String reason, String requestedBy) implements Undo {
    @Override
    public OrderStatus status() {
      return OrderStatus.CANCELLED;
    }
  }

  record Failed(String reason) implements Undo {
    @Override
    public OrderStatus status() {
      return OrderStatus.FAILED;
    }

    @Override
    public String requestedBy() {
      return "system";
    }
  }

  /** Nothing could be picked: the whole order is backordered and its reservations released. */
  record Backordered(String reason) implements Undo {
    @Override
    public OrderStatus status() {
      return OrderStatus.BACKORDERED;
    }

    @Override
    public String requestedBy() {
      return "system";
    }
  }

  /** A compensation still failed after its retries; the order's failures say what to fix. */
  record NeedsReconciliation(String reason) implements OrderOutcome {
    @Override
    public OrderStatus status() {
      return OrderStatus.NEEDS_RECONCILIATION;
    }
  }
}
