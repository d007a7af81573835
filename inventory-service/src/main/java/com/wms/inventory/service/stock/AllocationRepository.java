package com.wms.inventory.service.stock;

import com.wms.inventory.core.Allocation;
import com.wms.inventory.core.AllocationId;
import com.wms.inventory.core.AllocationStatus;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.jdbc.Pipeline;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** The allocation table; an allocation's status is its bucket (staged or packed). */
@Repository
class AllocationRepository {
  private static final String COLUMNS =
      "allocation_id, reservation_id, order_id, sku, source_location_id, staging_location_id,"
          + " quantity, status";

  private final Pipeline sql;

  AllocationRepository(Pipeline sql) {
    this.sql = sql;
  }

  void insert(Allocation a) {
    sql.queue(
        "INSERT INTO allocation (allocation_id, reservation_id, order_id, sku,"
            + " source_location_id, staging_location_id, quantity, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        MovementWriter.ONE_ROW,
        a.id().value(),
        a.reservation().value(),
        a.order().value(),
        a.sku().value(),
        a.sourceLocation().value(),
        a.stagingLocation().value(),
        a.quantity(),
        a.status().wireName());
  }

  void updateStatus(Allocation a) {
    sql.queue(
        "UPDATE allocation SET status = ?, updated_at = now() WHERE allocation_id = ?",
        MovementWriter.ONE_ROW,
        a.status().wireName(),
        a.id().value());
  }

  /** Reads and row-locks one allocation of the SKU (the SKU row must be locked first). */
  Allocation lock(Sku sku, AllocationId id) {
    return sql.queryOptional(
            "SELECT " + COLUMNS + " FROM allocation WHERE allocation_id = ? AND sku = ? FOR UPDATE",
            AllocationRepository::map,
            id.value(),
            sku.value())
        .orElseThrow(() -> unknown(sku, id));
  }

  /**
   * Reads and row-locks one allocation of the SKU together with the reservation it was made from,
   * in one query (the SKU row must be locked first).
   */
  Held lockWithReservation(Sku sku, AllocationId id) {
    return sql.queryOptional(
            "SELECT "
                + COLUMNS.replaceAll("(\\w+)", "a.$1")
                + ", "
                + ReservationRepository.columns("r")
                + " FROM allocation a JOIN reservation r ON r.reservation_id = a.reservation_id"
                + " WHERE a.allocation_id = ? AND a.sku = ? FOR UPDATE OF a, r",
            (rs, i) -> new Held(map(rs, i), ReservationRepository.map(rs, "r_")),
            id.value(),
            sku.value())
        .orElseThrow(() -> unknown(sku, id));
  }

  private static InventoryException unknown(Sku sku, AllocationId id) {
    return new InventoryException(
        ErrorCode.UNKNOWN_ALLOCATION, "unknown allocation " + id + " for sku " + sku);
  }

  Optional<Allocation> ofReservation(ReservationId id) {
    return sql.queryOptional(
        "SELECT " + COLUMNS + " FROM allocation WHERE reservation_id = ?",
        AllocationRepository::map,
        id.value());
  }

  List<Allocation> ofOrder(OrderId order) {
    return sql.query(
        "SELECT " + COLUMNS + " FROM allocation WHERE order_id = ? ORDER BY created_at, sku",
        AllocationRepository::map,
        order.value());
  }

  List<Allocation> openOfSku(Sku sku) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM allocation WHERE sku = ? AND status IN ('staged', 'packed')"
            + " ORDER BY created_at",
        AllocationRepository::map,
        sku.value());
  }

  static Allocation map(ResultSet rs, int row) throws SQLException {
    return new Allocation(
        new AllocationId(rs.getObject("allocation_id", UUID.class)),
        new ReservationId(rs.getObject("reservation_id", UUID.class)),
        OrderId.of(rs.getString("order_id")),
        Sku.of(rs.getString("sku")),
        LocationId.of(rs.getString("source_location_id")),
        LocationId.of(rs.getString("staging_location_id")),
        rs.getLong("quantity"),
        AllocationStatus.fromWire(rs.getString("status")));
  }

  /** An allocation and the reservation it was made from, both locked. */
  record Held(Allocation allocation, StoredReservation reservation) {}
}
