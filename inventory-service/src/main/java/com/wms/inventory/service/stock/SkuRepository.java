package com.wms.inventory.service.stock;

import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.Sku;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sku table: product data and the external flows (received, shipped, lost, adjusted). */
@Repository
class SkuRepository {
  private static final String COLUMNS =
      "sku, product_name, reorder_point, reorder_quantity, received, shipped, lost, adjusted_in,"
          + " adjusted_out";

  private final JdbcClient jdbc;

  SkuRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a new SKU; false when the SKU exists already. */
  boolean insert(Sku sku, String productName, long reorderPoint, long reorderQuantity) {
    return jdbc.sql(
                """
                INSERT INTO sku (sku, product_name, reorder_point, reorder_quantity)
                VALUES (?, ?, ?, ?) ON CONFLICT (sku) DO NOTHING
                """)
            .params(sku.value(), productName, reorderPoint, reorderQuantity)
            .update()
        == 1;
  }

  /**
   * Locks the SKU row for the rest of the transaction. Every mutation of a SKU's stock takes this
   * lock first, so operations on one SKU are serialized and lock order is always the same.
   */
  SkuRow lock(Sku sku) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sku WHERE sku = ? FOR UPDATE")
        .param(sku.value())
        .query(SkuRepository::map)
        .optional()
        .orElseThrow(() -> unknown(sku));
  }

  Optional<SkuRow> find(Sku sku) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sku WHERE sku = ?")
        .param(sku.value())
        .query(SkuRepository::map)
        .optional();
  }

  static InventoryException unknown(Sku sku) {
    return new InventoryException(ErrorCode.UNKNOWN_SKU, "unknown sku " + sku);
  }

  private static SkuRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new SkuRow(
        Sku.of(rs.getString("sku")),
        rs.getString("product_name"),
        rs.getLong("reorder_point"),
        rs.getLong("reorder_quantity"),
        rs.getLong("received"),
        rs.getLong("shipped"),
        rs.getLong("lost"),
        rs.getLong("adjusted_in"),
        rs.getLong("adjusted_out"));
  }

  /** A row of the sku table. */
  record SkuRow(
      Sku sku,
      String productName,
      long reorderPoint,
      long reorderQuantity,
      long received,
      long shipped,
      long lost,
      long adjustedIn,
      long adjustedOut) {}
}
