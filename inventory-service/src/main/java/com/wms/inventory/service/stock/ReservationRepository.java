package com.wms.inventory.service.stock;

import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Reservation;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.ReservationStatus;
import com.wms.inventory.core.Sku;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reservation table. Quantities (reserved, picked) change only through {@link MovementWriter};
 * this repository inserts rows and moves their status.
 */
@Repository
class ReservationRepository {
  private static final String COLUMNS =
      "reservation_id, order_id, sku, location_id, quantity, reserved, picked, status, expires_at";

  private static final String INSERT =
      "INSERT INTO reservation (reservation_id, order_id, sku, location_id, quantity,"
          + " status, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ReservationRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Inserts the reservation with empty buckets; the reserve movement then fills it. */
  void insert(Reservation r, long quantity) {
    jdbc.sql(INSERT).params(row(r, quantity)).update();
  }

  /** {@link #insert} for many reservations in one round trip (group commit). */
  void insertAll(List<Reservation> rs, List<Long> quantities) {
    List<Object[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      rows.add(row(rs.get(i), quantities.get(i)));
    }
    batch.batchUpdate(INSERT, rows);
  }

  private static Object[] row(Reservation r, long quantity) {
    return new Object[] {
      r.id().value(),
      r.order().value(),
      r.sku().value(),
      r.location().value(),
      quantity,
      r.status().wireName(),
      Timestamp.from(r.expiresAt())
    };
  }

  void updateStatus(Reservation r) {
    jdbc.sql("UPDATE reservation SET status = ?, updated_at = now() WHERE reservation_id = ?")
        .params(r.status().wireName(), r.id().value())
        .update();
  }

  /** Reads and row-locks one reservation of the SKU (the SKU row must be locked first). */
  StoredReservation lock(Sku sku, ReservationId id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE reservation_id = ? AND sku = ? FOR UPDATE")
        .params(id.value(), sku.value())
        .query(ReservationRepository::map)
        .optional()
        .orElseThrow(
            () ->
                new InventoryException(
                    ErrorCode.UNKNOWN_RESERVATION,
                    "unknown reservation " + id + " for sku " + sku));
  }

  Optional<StoredReservation> find(ReservationId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM reservation WHERE reservation_id = ?")
        .param(id.value())
        .query(ReservationRepository::map)
        .optional();
  }

  /** Open (active or picked) reservations of an order for a SKU at a location, locked. */
  List<StoredReservation> lockOpen(OrderId order, Sku sku, LocationId location) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE order_id = ? AND sku = ? AND location_id = ?"
                + " AND status IN ('active', 'picked') ORDER BY reservation_id FOR UPDATE")
        .params(order.value(), sku.value(), location.value())
        .query(ReservationRepository::map)
        .list();
  }

  /** Every open reservation of a SKU at a location, locked. */
  List<StoredReservation> lockOpenAt(Sku sku, LocationId location) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE sku = ? AND location_id = ?"
                + " AND status IN ('active', 'picked') ORDER BY reservation_id FOR UPDATE")
        .params(sku.value(), location.value())
        .query(ReservationRepository::map)
        .list();
  }

  /** Every open reservation of an order, any SKU. */
  List<StoredReservation> openOfOrder(OrderId order) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE order_id = ? AND status IN ('active', 'picked')"
                + " ORDER BY sku, reservation_id")
        .param(order.value())
        .query(ReservationRepository::map)
        .list();
  }

  List<StoredReservation> ofOrder(OrderId order) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE order_id = ? ORDER BY created_at, sku,"
                + " reservation_id")
        .param(order.value())
        .query(ReservationRepository::map)
        .list();
  }

  List<StoredReservation> openOfSku(Sku sku) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE sku = ? AND status IN ('active', 'picked')"
                + " ORDER BY created_at, reservation_id")
        .param(sku.value())
        .query(ReservationRepository::map)
        .list();
  }

  /** Active, unpicked reservations whose expiry has passed, oldest first. */
  List<StoredReservation> expired(Instant now, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM reservation WHERE status = 'active' AND picked = 0 AND expires_at <= ?"
                + " ORDER BY expires_at LIMIT ?")
        .params(Timestamp.from(now), limit)
        .query(ReservationRepository::map)
        .list();
  }

  static StoredReservation map(ResultSet rs, int row) throws SQLException {
    Reservation r =
        new Reservation(
            new ReservationId(rs.getObject("reservation_id", UUID.class)),
            OrderId.of(rs.getString("order_id")),
            Sku.of(rs.getString("sku")),
            LocationId.of(rs.getString("location_id")),
            rs.getLong("reserved"),
            rs.getLong("picked"),
            ReservationStatus.fromWire(rs.getString("status")),
            rs.getTimestamp("expires_at").toInstant());
    return new StoredReservation(r, rs.getLong("quantity"));
  }

  /** A reservation as stored, with the quantity it was created with. */
  record StoredReservation(Reservation reservation, long quantity) {}
}
