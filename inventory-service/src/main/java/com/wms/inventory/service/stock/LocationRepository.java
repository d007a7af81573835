package com.wms.inventory.service.stock;

import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.Sku;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock_location table: available and reserved units per SKU and location. */
@Repository
class LocationRepository {
  private final JdbcClient jdbc;

  LocationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates the location row with empty buckets unless it exists. */
  void ensure(Sku sku, LocationId location) {
    jdbc.sql(
            "INSERT INTO stock_location (sku, location_id) VALUES (?, ?)"
                + " ON CONFLICT (sku, location_id) DO NOTHING")
        .params(sku.value(), location.value())
        .update();
  }

  List<LocationStock> all(Sku sku) {
    return jdbc.sql(
            "SELECT sku, location_id, available, reserved FROM stock_location WHERE sku = ?"
                + " ORDER BY location_id")
        .param(sku.value())
        .query(LocationRepository::map)
        .list();
  }

  Optional<LocationStock> find(Sku sku, LocationId location) {
    return jdbc.sql(
            "SELECT sku, location_id, available, reserved FROM stock_location"
                + " WHERE sku = ? AND location_id = ?")
        .params(sku.value(), location.value())
        .query(LocationRepository::map)
        .optional();
  }

  LocationStock get(Sku sku, LocationId location) {
    return find(sku, location)
        .orElseThrow(
            () ->
                new InventoryException(
                    ErrorCode.UNKNOWN_LOCATION,
                    "sku " + sku + " has never been stocked at location " + location));
  }

  private static LocationStock map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new LocationStock(
        Sku.of(rs.getString("sku")),
        LocationId.of(rs.getString("location_id")),
        rs.getLong("available"),
        rs.getLong("reserved"));
  }
}
