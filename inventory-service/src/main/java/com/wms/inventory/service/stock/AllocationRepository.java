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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The allocation table; an allocation's status is its bucket (staged or packed). */
@Repository
class AllocationRepository {
  private static final String COLUMNS =
      "allocation_id, reservation_id, order_id, sku, source_location_id, staging_location_id,"
          + " quantity, status";

  private final JdbcClient jdbc;

  AllocationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Allocation a) {
    jdbc.sql(
            "INSERT INTO allocation (allocation_id, reservation_id, order_id, sku,"
                + " source_location_id, staging_location_id, quantity, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.id().value(),
            a.reservation().value(),
            a.order().value(),
            a.sku().value(),
            a.sourceLocation().value(),
            a.stagingLocation().value(),
            a.quantity(),
            a.status().wireName())
        .update();
  }

  void updateStatus(Allocation a) {
    jdbc.sql("UPDATE allocation SET status = ?, updated_at = now() WHERE allocation_id = ?")
        .params(a.status().wireName(), a.id().value())
        .update();
  }

  /** Reads and row-locks one allocation of the SKU (the SKU row must be locked first). */
  Allocation lock(Sku sku, AllocationId id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM allocation WHERE allocation_id = ? AND sku = ? FOR UPDATE")
        .params(id.value(), sku.value())
        .query(AllocationRepository::map)
        .optional()
        .orElseThrow(
            () ->
                new InventoryException(
                    ErrorCode.UNKNOWN_ALLOCATION, "unknown allocation " + id + " for sku " + sku));
  }

  Optional<Allocation> ofReservation(ReservationId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM allocation WHERE reservation_id = ?")
        .param(id.value())
        .query(AllocationRepository::map)
        .optional();
  }

  List<Allocation> ofOrder(OrderId order) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM allocation WHERE order_id = ? ORDER BY created_at, sku")
        .param(order.value())
        .query(AllocationRepository::map)
        .list();
  }

  List<Allocation> openOfSku(Sku sku) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM allocation WHERE sku = ? AND status IN ('staged', 'packed')"
                + " ORDER BY created_at")
        .param(sku.value())
        .query(AllocationRepository::map)
        .list();
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
}
