package com.wms.inventory.service.stock;

import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Reservation;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.ReservationStatus;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.jdbc.Pipeline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * The reservation table's reads. Rows are written only by {@link MovementWriter}: it inserts a
 * reservation with the units it opens with and moves units and status in one statement.
 */
@Repository
class ReservationRepository {
  private static final String COLUMNS =
      "reservation_id, order_id, sku, location_id, quantity, reserved, picked, status, expires_at";

  /** A new reservation with its buckets as the opening movement fills them. */
  static final String INSERT =
      "INSERT INTO reservation (reservation_id, order_id, sku, location_id, quantity, reserved,"
          + " picked, status, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Pipeline sql;

  ReservationRepository(Pipeline sql) {
    this.sql = sql;
  }

  /** The parameters of {@link #INSERT} for {@code r}, created with {@code quantity} units. */
  static Object[] insertRow(Reservation r, long quantity) {
    return new Object[] {
      r.id().value(),
      r.order().value(),
      r.sku().value(),
      r.location().value(),
      quantity,
      r.reserved(),
      r.picked(),
      r.status().wireName(),
      Timestamp.from(r.expiresAt())
    };
  }

  /** Reads and row-locks one reservation of the SKU (the SKU row must be locked first). */
  StoredReservation lock(Sku sku, ReservationId id) {
    return sql.queryOptional(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE reservation_id = ? AND sku = ? FOR UPDATE",
            ReservationRepository::map,
            id.value(),
            sku.value())
        .orElseThrow(() -> unknown(sku, id));
  }

  static InventoryException unknown(Sku sku, ReservationId id) {
    return new InventoryException(
        ErrorCode.UNKNOWN_RESERVATION, "unknown reservation " + id + " for sku " + sku);
  }

  Optional<StoredReservation> find(ReservationId id) {
    return sql.queryOptional(
        "SELECT " + COLUMNS + " FROM reservation WHERE reservation_id = ?",
        ReservationRepository::map,
        id.value());
  }

  /** Open (active or picked) reservations of an order for a SKU at a location, locked. */
  List<StoredReservation> lockOpen(OrderId order, Sku sku, LocationId location) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reservation WHERE order_id = ? AND sku = ? AND location_id = ?"
            + " AND status IN ('active', 'picked') ORDER BY reservation_id FOR UPDATE",
        ReservationRepository::map,
        order.value(),
        sku.value(),
        location.value());
  }

  /** Every open reservation of a SKU at a location, locked. */
  List<StoredReservation> lockOpenAt(Sku sku, LocationId location) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reservation WHERE sku = ? AND location_id = ?"
            + " AND status IN ('active', 'picked') ORDER BY reservation_id FOR UPDATE",
        ReservationRepository::map,
        sku.value(),
        location.value());
  }

  /** Every open reservation of an order, any SKU. */
  List<StoredReservation> openOfOrder(OrderId order) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reservation WHERE order_id = ? AND status IN ('active', 'picked')"
            + " ORDER BY sku, reservation_id",
        ReservationRepository::map,
        order.value());
  }

  List<StoredReservation> ofOrder(OrderId order) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reservation WHERE order_id = ? ORDER BY created_at, sku, reservation_id",
        ReservationRepository::map,
        order.value());
  }

  List<StoredReservation> openOfSku(Sku sku) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reservation WHERE sku = ? AND status IN ('active', 'picked')"
            + " ORDER BY created_at, reservation_id",
        ReservationRepository::map,
        sku.value());
  }

  /** Active, unpicked reservations whose expiry has passed, oldest first. */
  List<StoredReservation> expired(Instant now, int limit) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM reservation WHERE status = 'active' AND picked = 0 AND expires_at <= ?"
            + " ORDER BY expires_at LIMIT ?",
        ReservationRepository::map,
        Timestamp.from(now),
        limit);
  }

  /**
   * The columns of {@link #map(ResultSet, String)} from table alias {@code t}, named {@code t_}.
   */
  static String columns(String t) {
    StringBuilder out = new StringBuilder();
    for (String c : COLUMNS.split(", ")) {
      out.append(out.length() == 0 ? "" : ", ").append(t).append('.').append(c);
      out.append(" AS ").append(t).append('_').append(c);
    }
    return out.toString();
  }

  static StoredReservation map(ResultSet rs, int row) throws SQLException {
    return map(rs, "");
  }

  /** A reservation from columns named with {@code prefix} (see {@link #columns}). */
  static StoredReservation map(ResultSet rs, String prefix) throws SQLException {
    Reservation r =
        new Reservation(
            new ReservationId(rs.getObject(prefix + "reservation_id", UUID.class)),
            OrderId.of(rs.getString(prefix + "order_id")),
            Sku.of(rs.getString(prefix + "sku")),
            LocationId.of(rs.getString(prefix + "location_id")),
            rs.getLong(prefix + "reserved"),
            rs.getLong(prefix + "picked"),
            ReservationStatus.fromWire(rs.getString(prefix + "status")),
            rs.getTimestamp(prefix + "expires_at").toInstant());
    return new StoredReservation(r, rs.getLong(prefix + "quantity"));
  }

  /** A reservation as stored, with the quantity it was created with. */
  record StoredReservation(Reservation reservation, long quantity) {}
}
