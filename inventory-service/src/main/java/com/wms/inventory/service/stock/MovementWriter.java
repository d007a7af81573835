package com.wms.inventory.service.stock;

import com.wms.inventory.core.Bucket;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.Movement;
import com.wms.inventory.core.Reservation;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.jdbc.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The only writer of balance columns. The movements of one call are summed per balance row first,
 * so each row is written once: a shelf with one conditional UPDATE of its available and reserved
 * units (which fails rather than go below zero), a reservation with one conditional UPDATE of its
 * units and its status, a new reservation with one INSERT carrying the units it opens with. Every
 * movement appends its ledger row. All statements go through the transaction's {@link Pipeline}, so
 * they reach PostgreSQL in one round trip with whatever the transaction sends next.
 */
@Component
class MovementWriter {
  /** Every statement here must change exactly one row. */
  static final Pipeline.RowCount ONE_ROW =
      rows -> {
        if (rows != 1) {
          // Every caller holds the SKU lock, so this means the plan was made on stale balances.
          throw new InventoryException(
              ErrorCode.CONCURRENT_UPDATE, "the stock changed concurrently; retry");
        }
      };

  private static final String LEDGER_INSERT =
      """
      INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, order_id,
                          reservation_id, allocation_id, operation, actor, reason,
                          idempotency_key, principal)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String SHELF_UPDATE =
      "UPDATE stock_location SET available = available + ?, reserved = reserved + ?"
          + " WHERE sku = ? AND location_id = ? AND available + ? >= 0 AND reserved + ? >= 0";

  private static final String RESERVATION_UPDATE =
      "UPDATE reservation SET reserved = reserved + ?, picked = picked + ?,"
          + " status = coalesce(?, status), updated_at = now()"
          + " WHERE reservation_id = ? AND reserved + ? >= 0 AND picked + ? >= 0";

  /** External buckets only grow: units entering count as a source flow, leaving as a sink flow. */
  private static final String FLOWS_UPDATE =
      "UPDATE sku SET received = received + ?, shipped = shipped + ?, lost = lost + ?,"
          + " adjusted_in = adjusted_in + ?, adjusted_out = adjusted_out + ? WHERE sku = ?";

  private final Pipeline sql;
  private final StockMetrics metrics;

  MovementWriter(Pipeline sql, StockMetrics metrics) {
    this.sql = sql;
    this.metrics = metrics;
  }

  /** Who did it, why, under which idempotency key and principal; recorded on every ledger row. */
  record Context(
      String operation, String actor, String reason, String idempotencyKey, String principal) {}

  /** Writes the movements, all recorded with {@code context}. */
  void write(List<Movement> movements, Context context) {
    write(movements, context, List.of());
  }

  /**
   * Writes the movements; {@code after} are reservations whose status changes with them, as they
   * are afterwards: each is updated in the same statement as its units.
   */
  void write(List<Movement> movements, Context context, List<Reservation> after) {
    Deltas deltas = new Deltas();
    movements.forEach(deltas::add);
    Map<ReservationId, String> statuses = new LinkedHashMap<>();
    for (Reservation r : after) {
      statuses.put(r.id(), r.status().wireName());
      deltas.reservations.computeIfAbsent(r.id(), id -> new long[2]);
    }
    writeShelves(deltas);
    List<Object[]> rows = new ArrayList<>();
    deltas.reservations.forEach(
        (id, d) ->
            rows.add(new Object[] {d[0], d[1], statuses.get(id), (UUID) id.value(), d[0], d[1]}));
    sql.queueAll(RESERVATION_UPDATE, ONE_ROW, rows);
    deltas.flows.forEach(
        (sku, f) -> sql.queue(FLOWS_UPDATE, ONE_ROW, f[0], f[1], f[2], f[3], f[4], sku.value()));
    List<Object[]> ledger = new ArrayList<>();
    movements.forEach(m -> ledger.add(ledgerRow(m, context)));
    sql.queueAll(LEDGER_INSERT, ONE_ROW, ledger);
    metrics.moved(context.operation(), movements);
  }

  /**
   * Opens reservations: inserts each with the units its opening movements give it (as {@code
   * opened} holds them, created with {@code quantities}) and takes those units off the shelves.
   * {@code movements} are the opening movements, {@code contexts} pairs with them. Many at once
   * (group commit) go as one statement batch per table.
   */
  void open(
      List<Reservation> opened,
      List<Long> quantities,
      List<Movement> movements,
      List<Context> contexts) {
    Deltas deltas = new Deltas();
    movements.forEach(deltas::add);
    List<Object[]> inserts = new ArrayList<>();
    for (int i = 0; i < opened.size(); i++) {
      Reservation r = opened.get(i);
      long[] d = deltas.reservations.remove(r.id());
      if (d == null || d[0] != r.reserved() || d[1] != r.picked()) {
        throw new IllegalArgumentException("the movements do not open reservation " + r.id());
      }
      inserts.add(ReservationRepository.insertRow(r, quantities.get(i)));
    }
    if (!deltas.reservations.isEmpty() || !deltas.flows.isEmpty()) {
      throw new IllegalArgumentException("opening movements move shelf units only");
    }
    sql.queueAll(ReservationRepository.INSERT, ONE_ROW, inserts);
    writeShelves(deltas);
    List<Object[]> ledger = new ArrayList<>();
    for (int i = 0; i < movements.size(); i++) {
      ledger.add(ledgerRow(movements.get(i), contexts.get(i)));
    }
    sql.queueAll(LEDGER_INSERT, ONE_ROW, ledger);
    if (!movements.isEmpty()) {
      metrics.moved(contexts.get(0).operation(), movements);
    }
  }

  private void writeShelves(Deltas deltas) {
    List<Object[]> rows = new ArrayList<>();
    deltas.shelves.forEach(
        (shelf, d) -> rows.add(new Object[] {d[0], d[1], shelf.get(0), shelf.get(1), d[0], d[1]}));
    sql.queueAll(SHELF_UPDATE, ONE_ROW, rows);
  }

  /** The units each balance row gains (or loses) by a list of movements. */
  private static final class Deltas {
    /** (sku, location) to {available, reserved}. */
    final Map<List<String>, long[]> shelves = new LinkedHashMap<>();

    /** Reservation to {reserved, picked}. */
    final Map<ReservationId, long[]> reservations = new LinkedHashMap<>();

    /** SKU to {received, shipped, lost, adjusted_in, adjusted_out}. */
    final Map<Sku, long[]> flows = new LinkedHashMap<>();

    void add(Movement m) {
      add(m.from(), m, -m.quantity());
      add(m.to(), m, m.quantity());
    }

    private void add(Bucket bucket, Movement m, long delta) {
      switch (bucket) {
        case AVAILABLE -> shelf(m)[0] += delta;
        case RESERVED -> {
          shelf(m)[1] += delta;
          reservation(m)[0] += delta;
        }
        case PICKED -> reservation(m)[1] += delta;
        // The allocation's status is its staged or packed bucket; the caller moves the status.
        case STAGED, PACKED -> {}
        case RECEIVED -> flows(m)[0] += m.quantity();
        case SHIPPED -> flows(m)[1] += m.quantity();
        case LOST -> flows(m)[2] += m.quantity();
        case ADJUSTED -> flows(m)[delta < 0 ? 3 : 4] += m.quantity();
      }
    }

    private long[] shelf(Movement m) {
      return shelves.computeIfAbsent(
          List.of(m.sku().value(), m.location().value()), k -> new long[2]);
    }

    private long[] reservation(Movement m) {
      return reservations.computeIfAbsent(
          Objects.requireNonNull(m.reservation()), k -> new long[2]);
    }

    private long[] flows(Movement m) {
      return flows.computeIfAbsent(m.sku(), k -> new long[5]);
    }
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
