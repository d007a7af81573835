package com.wms.inventory.service.stock;

import com.wms.inventory.core.Bucket;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.Movement;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only writer of balance columns. For each movement it takes the units out of the source bucket
 * with a conditional UPDATE (which fails rather than go below zero), puts them into the target
 * bucket, and appends the ledger row, all in the caller's transaction.
 */
@Component
class MovementWriter {
  private final JdbcClient jdbc;

  MovementWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who did it, why, under which idempotency key and principal; recorded on every ledger row. */
  record Context(
      String operation, String actor, String reason, String idempotencyKey, String principal) {}

  void write(List<Movement> movements, Context context) {
    for (Movement m : movements) {
      change(m.from(), m, -m.quantity());
      change(m.to(), m, m.quantity());
      append(m, context);
    }
  }

  private void change(Bucket bucket, Movement m, long delta) {
    switch (bucket) {
      case AVAILABLE -> location("available", m, delta);
      case RESERVED -> {
        location("reserved", m, delta);
        reservation("reserved", m, delta);
      }
      case PICKED -> reservation("picked", m, delta);
      // The allocation's status is its staged or packed bucket; the caller moves the status.
      case STAGED, PACKED -> {}
      case RECEIVED -> flow("received", m);
      case SHIPPED -> flow("shipped", m);
      case LOST -> flow("lost", m);
      case ADJUSTED -> flow(delta < 0 ? "adjusted_in" : "adjusted_out", m);
    }
  }

  private void location(String column, Movement m, long delta) {
    int rows =
        jdbc.sql(
                "UPDATE stock_location SET "
                    + column
                    + " = "
                    + column
                    + " + ? WHERE sku = ? AND location_id = ? AND "
                    + column
                    + " + ? >= 0")
            .params(delta, m.sku().value(), m.location().value(), delta)
            .update();
    requireOne(rows, column + " at " + m.location(), m);
  }

  private void reservation(String column, Movement m, long delta) {
    int rows =
        jdbc.sql(
                "UPDATE reservation SET "
                    + column
                    + " = "
                    + column
                    + " + ?, updated_at = now() WHERE reservation_id = ? AND "
                    + column
                    + " + ? >= 0")
            .params(delta, m.reservation().value(), delta)
            .update();
    requireOne(rows, column + " of reservation " + m.reservation(), m);
  }

  /** External buckets only grow: units entering count as a source flow, leaving as a sink flow. */
  private void flow(String column, Movement m) {
    int rows =
        jdbc.sql("UPDATE sku SET " + column + " = " + column + " + ? WHERE sku = ?")
            .params(m.quantity(), m.sku().value())
            .update();
    requireOne(rows, column, m);
  }

  private static void requireOne(int rows, String bucket, Movement m) {
    if (rows != 1) {
      // Every caller holds the SKU lock, so this means the plan was made on stale balances.
      throw new InventoryException(
          ErrorCode.CONCURRENT_UPDATE,
          "bucket " + bucket + " of sku " + m.sku() + " changed concurrently; retry");
    }
  }

  private void append(Movement m, Context c) {
    jdbc.sql(
            """
            INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, order_id,
                                reservation_id, allocation_id, operation, actor, reason,
                                idempotency_key, principal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            m.sku().value(),
            m.from().wireName(),
            m.to().wireName(),
            m.quantity(),
            m.location() == null ? null : m.location().value(),
            m.order() == null ? null : m.order().value(),
            m.reservation() == null ? null : (UUID) m.reservation().value(),
            m.allocation() == null ? null : (UUID) m.allocation().value(),
            c.operation(),
            c.actor(),
            c.reason(),
            c.idempotencyKey(),
            c.principal())
        .update();
  }
}
