package com.wms.inventory.service.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wms.events.EventSource;
import com.wms.events.PendingEvent;
import com.wms.events.RelayTransaction;
import com.wms.inventory.core.AllocationId;
import com.wms.inventory.core.Bucket;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.Movement;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.core.SkuTotals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger as the outbox of movement events, read without a gap and in each SKU's order
 * (EVENTS.md). A ledger id can be taken by a transaction that commits after one with a larger id,
 * so "every id above the last one published" would skip it. Instead the relay remembers the
 * snapshot in which it last saw everything (per id range, see {@code ledger_relay_state}) and reads
 * exactly the rows that were not visible in it ({@code tx >= xmax} or {@code tx} among the
 * in-progress ids): a row not yet committed then cannot be missed, whatever its id. Within a SKU
 * every writer holds the SKU row's lock while it appends and until it commits, so a SKU's rows
 * become visible in id order; publishing each batch in id order keeps every SKU's order.
 */
@Component
class LedgerEventSource implements EventSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Read read(RelayTransaction tx, int limit) {
    JdbcTemplate jdbc = tx.jdbc();
    State state =
        jdbc.queryForObject(
            "SELECT snapshot_high::text, snapshot_low::text, boundary FROM ledger_relay_state"
                + " WHERE id = 1",
            (rs, i) ->
                new State(
                    RelaySnapshot.parse(rs.getString(1)),
                    RelaySnapshot.parse(rs.getString(2)),
                    rs.getLong(3)));
    List<Row> rows =
        jdbc.query(
            "WITH fresh AS ("
                + "(SELECT l.*, l.xmin AS row_xmin FROM ledger l WHERE l.movement_id <= ?"
                + " AND (l.tx >= ?::text::xid8 OR l.tx = ANY(?::text::xid8[])))"
                + " UNION ALL "
                + "(SELECT l.*, l.xmin AS row_xmin FROM ledger l WHERE l.movement_id > ?"
                + " AND (l.tx >= ?::text::xid8 OR l.tx = ANY(?::text::xid8[]))"
                + " ORDER BY l.movement_id LIMIT ?))"
                + " SELECT pg_current_snapshot()::text AS snapshot, f.*, "
                + tx.commitTime("f.row_xmin", "f.created_at")
                + " AS commit_time, k.reorder_point, k.reorder_quantity,"
                + " e.last_movement_id AS e_last, e.available AS e_available,"
                + " e.reserved AS e_reserved, e.picked AS e_picked, e.staged AS e_staged,"
                + " e.packed AS e_packed, e.received AS e_received, e.shipped AS e_shipped,"
                + " e.lost AS e_lost, e.adjusted_in AS e_adjusted_in,"
                + " e.adjusted_out AS e_adjusted_out, e.low_stock AS e_low_stock"
                + " FROM fresh f JOIN sku k ON k.sku = f.sku"
                + " LEFT JOIN sku_event_state e ON e.sku = f.sku ORDER BY f.movement_id",
            LedgerEventSource::row,
            state.boundary(),
            state.low().xmax(),
            state.low().xip(),
            state.boundary(),
            state.high().xmax(),
            state.high().xip(),
            limit);
    if (rows.isEmpty()) {
      return Read.none();
    }
    Map<String, SkuEventState> skus = new LinkedHashMap<>();
    List<PendingEvent> events = new ArrayList<>();
    long beyondBoundary = 0;
    for (Row r : rows) {
      if (r.id() > state.boundary()) {
        beyondBoundary++;
      }
      SkuEventState before = skus.computeIfAbsent(r.movement().sku().value(), s -> r.published());
      SkuEventState after = before.after(r.id(), r.movement(), r.reorderPoint());
      skus.put(r.movement().sku().value(), after);
      events.add(movementEvent(r, after));
      if (after.lowStock() != before.lowStock()) {
        events.add(lowStockEvent(r, after));
      }
    }
    RelaySnapshot seen = RelaySnapshot.parse(rows.get(0).snapshot());
    long last = rows.get(rows.size() - 1).id();
    boolean truncated = beyondBoundary == limit;
    State next =
        truncated
            ? new State(state.high(), seen, last)
            : new State(seen, seen, Math.max(state.boundary(), last));
    return new Read(events, truncated, () -> save(jdbc, skus, next));
  }

  private record State(RelaySnapshot high, RelaySnapshot low, long boundary) {}

  private record Row(
      String snapshot,
      long id,
      Movement movement,
      String operation,
      String actor,
      String reason,
      String principal,
      Instant time,
      long reorderPoint,
      long reorderQuantity,
      SkuEventState published) {}

  private static Row row(ResultSet rs, int i) throws SQLException {
    Sku sku = Sku.of(rs.getString("sku"));
    String location = rs.getString("location_id");
    String order = rs.getString("order_id");
    UUID reservation = rs.getObject("reservation_id", UUID.class);
    UUID allocation = rs.getObject("allocation_id", UUID.class);
    Movement m =
        new Movement(
            sku,
            bucket(rs.getString("from_bucket")),
            bucket(rs.getString("to_bucket")),
            rs.getLong("quantity"),
            location == null ? null : LocationId.of(location),
            order == null ? null : OrderId.of(order),
            reservation == null ? null : new ReservationId(reservation),
            allocation == null ? null : new AllocationId(allocation));
    long lastPublished = rs.getLong("e_last");
    SkuEventState published =
        rs.wasNull()
            ? SkuEventState.NEW
            : new SkuEventState(
                lastPublished,
                new SkuTotals(
                    rs.getLong("e_available"),
                    rs.getLong("e_reserved"),
                    rs.getLong("e_picked"),
                    rs.getLong("e_staged"),
                    rs.getLong("e_packed"),
                    rs.getLong("e_received"),
                    rs.getLong("e_shipped"),
                    rs.getLong("e_lost"),
                    rs.getLong("e_adjusted_in"),
                    rs.getLong("e_adjusted_out")),
                rs.getBoolean("e_low_stock"));
    return new Row(
        rs.getString("snapshot"),
        rs.getLong("movement_id"),
        m,
        rs.getString("operation"),
        rs.getString("actor"),
        rs.getString("reason"),
        rs.getString("principal"),
        rs.getTimestamp("commit_time").toInstant(),
        rs.getLong("reorder_point"),
        rs.getLong("reorder_quantity"),
        published);
  }

  private static Bucket bucket(String wire) {
    return Bucket.valueOf(wire.toUpperCase(Locale.ROOT));
  }

  private static PendingEvent movementEvent(Row r, SkuEventState after) {
    Movement m = r.movement();
    ObjectNode data = JSON.createObjectNode();
    data.put("movementId", r.id());
    data.put("sku", m.sku().value());
    data.put("operation", r.operation());
    data.put("fromBucket", m.from().wireName());
    data.put("toBucket", m.to().wireName());
    data.put("quantity", m.quantity());
    putIfPresent(data, "locationId", m.location() == null ? null : m.location().value());
    putIfPresent(data, "orderId", m.order() == null ? null : m.order().value());
    putIfPresent(
        data, "reservationId", m.reservation() == null ? null : m.reservation().toString());
    putIfPresent(data, "allocationId", m.allocation() == null ? null : m.allocation().toString());
    putIfPresent(data, "actor", r.actor());
    putIfPresent(data, "reason", r.reason());
    putIfPresent(data, "principal", r.principal());
    data.set("totals", JSON.valueToTree(after.wire()));
    return new PendingEvent(
        "ledger-" + r.id(),
        MovementEventType.of(m.from(), m.to()),
        m.sku().value(),
        r.time(),
        data);
  }

  private static PendingEvent lowStockEvent(Row r, SkuEventState after) {
    String kind = after.lowStock() ? "low-stock-alert" : "low-stock-cleared";
    ObjectNode data = JSON.createObjectNode();
    data.put("sku", r.movement().sku().value());
    data.put("available", after.totals().available());
    data.put("reorderPoint", r.reorderPoint());
    data.put("reorderQuantity", r.reorderQuantity());
    data.put("movementId", r.id());
    return new PendingEvent(
        "ledger-" + r.id() + "-" + kind,
        MovementEventType.PREFIX + kind,
        r.movement().sku().value(),
        r.time(),
        data);
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void save(JdbcTemplate jdbc, Map<String, SkuEventState> skus, State next) {
    List<Object[]> rows = new ArrayList<>();
    skus.forEach(
        (sku, s) ->
            rows.add(
                new Object[] {
                  sku,
                  s.lastMovementId(),
                  s.totals().available(),
                  s.totals().reserved(),
                  s.totals().picked(),
                  s.totals().staged(),
                  s.totals().packed(),
                  s.totals().received(),
                  s.totals().shipped(),
                  s.totals().lost(),
                  s.totals().adjustedIn(),
                  s.totals().adjustedOut(),
                  s.lowStock()
                }));
    jdbc.batchUpdate(
        "INSERT INTO sku_event_state (sku, last_movement_id, available, reserved, picked, staged,"
            + " packed, received, shipped, lost, adjusted_in, adjusted_out, low_stock)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sku) DO UPDATE SET"
            + " last_movement_id = excluded.last_movement_id, available = excluded.available,"
            + " reserved = excluded.reserved, picked = excluded.picked, staged = excluded.staged,"
            + " packed = excluded.packed, received = excluded.received,"
            + " shipped = excluded.shipped, lost = excluded.lost,"
            + " adjusted_in = excluded.adjusted_in, adjusted_out = excluded.adjusted_out,"
            + " low_stock = excluded.low_stock",
        rows);
    jdbc.update(
        "UPDATE ledger_relay_state SET snapshot_high = ?::pg_snapshot,"
            + " snapshot_low = ?::pg_snapshot, boundary = ? WHERE id = 1",
        next.high().text(),
        next.low().text(),
        next.boundary());
  }
}
