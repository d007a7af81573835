package com.wms.inventory.service.stock;

import com.wms.inventory.core.Bucket;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.Movement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only writer of balance columns. For each movement it takes the units out of the source bucket
 * with a conditional UPDATE (which fails rather than go below zero), puts them into the target
 * bucket, and appends the ledger row, all in the caller's transaction.
 */
@Component
class MovementWriter {
  private static final String LEDGER_INSERT =
      """
      INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, order_id,
                          reservation_id, allocation_id, operation, actor, reason,
                          idempotency_key, principal)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final StockMetrics metrics;

  MovementWriter(JdbcClient jdbc, JdbcTemplate batch, StockMetrics metrics) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.metrics = metrics;
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
    metrics.moved(context.operation(), movements);
  }

  /**
   * Group commit: writes many movements of one locked SKU with one statement batch per table (one
   * round trip each) instead of three statements per movement. The deltas of each balance row are
   * summed first, so each row is updated once, still conditionally; {@code contexts} pairs with
   * {@code movements}.
   */
  void writeAll(List<Movement> movements, List<Context> contexts) {
    Map<List<Object>, Long> locationDeltas = new LinkedHashMap<>();
    Map<List<Object>, Long> reservationDeltas = new LinkedHashMap<>();
    for (Movement m : movements) {
      if (m.from().external() || m.to().external()) {
        // External flows are rare and never grouped; keep them on the one-by-one path.
        throw new IllegalArgumentException("writeAll moves units between internal buckets only");
      }
      collect(m.from(), m, -m.quantity(), locationDeltas, reservationDeltas);
      collect(m.to(), m, m.quantity(), locationDeltas, reservationDeltas);
    }
    List<Object[]> locationRows = new ArrayList<>();
    List<String> locationColumns = new ArrayList<>();
    locationDeltas.forEach(
        (k, delta) -> {
          locationColumns.add((String) k.get(0));
          locationRows.add(new Object[] {k.get(0), delta, k.get(1), k.get(2), delta});
        });
    updateAll("stock_location", "sku = ? AND location_id = ?", locationColumns, locationRows);
    List<Object[]> reservationRows = new ArrayList<>();
    List<String> reservationColumns = new ArrayList<>();
    reservationDeltas.forEach(
        (k, delta) -> {
          reservationColumns.add((String) k.get(0));
          reservationRows.add(new Object[] {k.get(0), delta, k.get(1), delta});
        });
    updateAll("reservation", "reservation_id = ?", reservationColumns, reservationRows);
    List<Object[]> ledgerRows = new ArrayList<>();
    for (int i = 0; i < movements.size(); i++) {
      ledgerRows.add(ledgerRow(movements.get(i), contexts.get(i)));
    }
    batch.batchUpdate(LEDGER_INSERT, ledgerRows);
    if (!movements.isEmpty()) {
      metrics.moved(contexts.get(0).operation(), movements);
    }
  }

  private static void collect(
      Bucket bucket,
      Movement m,
      long delta,
      Map<List<Object>, Long> locations,
      Map<List<Object>, Long> reservations) {
    switch (bucket) {
      case AVAILABLE ->
          locations.merge(
              List.of("available", m.sku().value(), m.location().value()), delta, Long::sum);
      case RESERVED -> {
        locations.merge(
            List.of("reserved", m.sku().value(), m.location().value()), delta, Long::sum);
        reservations.merge(List.of("reserved", m.reservation().value()), delta, Long::sum);
      }
      case PICKED ->
          reservations.merge(List.of("picked", m.reservation().value()), delta, Long::sum);
      default -> {}
    }
  }

  /**
   * One conditional UPDATE per row in one batch; rows are {column, delta, key..., delta}. The
   * column is part of the SQL, so rows are grouped by column.
   */
  private void updateAll(String table, String where, List<String> columns, List<Object[]> rows) {
    Map<String, List<Object[]>> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = rows.get(i);
      byColumn
          .computeIfAbsent(columns.get(i), c -> new ArrayList<>())
          .add(java.util.Arrays.copyOfRange(row, 1, row.length));
    }
    for (Map.Entry<String, List<Object[]>> e : byColumn.entrySet()) {
      String c = e.getKey();
      String touch = table.equals("reservation") ? ", updated_at = now()" : "";
      int[] counts =
          batch.batchUpdate(
              "UPDATE "
                  + table
                  + " SET "
                  + c
                  + " = "
                  + c
                  + " + ?"
                  + touch
                  + " WHERE "
                  + where
                  + " AND "
                  + c
                  + " + ? >= 0",
              e.getValue());
      for (int count : counts) {
        if (count != 1) {
          throw new InventoryException(
              ErrorCode.CONCURRENT_UPDATE,
              "bucket " + c + " of table " + table + " changed concurrently; retry");
        }
      }
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
    jdbc.sql(LEDGER_INSERT).params(ledgerRow(m, c)).update();
  }

  private static Object[] ledgerRow(Movement m, Context c) {
    return new Object[] {
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
      c.principal()
    };
  }
}
