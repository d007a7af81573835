package com.wms.inventory.service.stock;

import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.jdbc.Pipeline;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The stock_location table: available and reserved units per SKU and location. */
@Repository
class LocationRepository {
  private final Pipeline sql;

  LocationRepository(Pipeline sql) {
    this.sql = sql;
  }

  /** Creates the location row with empty buckets unless it exists. */
  void ensure(Sku sku, LocationId location) {
    sql.queue(
        "INSERT INTO stock_location (sku, location_id) VALUES (?, ?)"
            + " ON CONFLICT (sku, location_id) DO NOTHING",
        Pipeline.RowCount.ANY,
        sku.value(),
        location.value());
  }

  /**
   * The SKU's shelf at the location; one with empty buckets is created (queued) when the SKU was
   * never stocked there. The SKU row must be locked first (an unknown SKU is refused by the lock
   * before anything is created).
   */
  LocationStock ensured(Sku sku, LocationId location) {
    Optional<LocationStock> found = find(sku, location);
    if (found.isPresent()) {
      return found.get();
    }
    ensure(sku, location);
    return new LocationStock(sku, location, 0, 0);
  }

  List<LocationStock> all(Sku sku) {
    return sql.query(
        "SELECT sku, location_id, available, reserved FROM stock_location WHERE sku = ?"
            + " ORDER BY location_id",
        LocationRepository::map,
        sku.value());
  }

  Optional<LocationStock> find(Sku sku, LocationId location) {
    return sql.queryOptional(
        "SELECT sku, location_id, available, reserved FROM stock_location"
            + " WHERE sku = ? AND location_id = ?",
        LocationRepository::map,
        sku.value(),
        location.value());
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
