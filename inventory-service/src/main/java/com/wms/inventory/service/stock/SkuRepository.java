package com.wms.inventory.service.stock;

import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.jdbc.Pipeline;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The sku table: product data and the external flows (received, shipped, lost, adjusted). */
@Repository
class SkuRepository {
  private static final String COLUMNS =
      "sku, product_name, reorder_point, reorder_quantity, received, shipped, lost, adjusted_in,"
          + " adjusted_out";

  private final Pipeline sql;

  SkuRepository(Pipeline sql) {
    this.sql = sql;
  }

  /** Inserts a new SKU; refuses with {@code SKU_EXISTS} (when sent) if it exists already. */
  void insert(Sku sku, String productName, long reorderPoint, long reorderQuantity) {
    sql.queue(
        """
        INSERT INTO sku (sku, product_name, reorder_point, reorder_quantity)
        VALUES (?, ?, ?, ?) ON CONFLICT (sku) DO NOTHING
        """,
        rows -> {
          if (rows != 1) {
            throw new InventoryException(ErrorCode.SKU_EXISTS, "sku " + sku + " exists already");
          }
        },
        sku.value(),
        productName,
        reorderPoint,
        reorderQuantity);
  }

  /**
   * Locks the SKU row for the rest of the transaction. Every mutation of a SKU's stock takes this
   * lock first, so operations on one SKU are serialized and lock order is always the same. The lock
   * is queued: it is taken in the round trip of the transaction's next query, before that query
   * runs (an unknown SKU is refused then).
   */
  void lock(Sku sku) {
    sql.queue(
        "SELECT 1 FROM sku WHERE sku = ? FOR UPDATE",
        rows -> {
          if (rows != 1) {
            throw unknown(sku);
          }
        },
        sku.value());
  }

  Optional<SkuRow> find(Sku sku) {
    return sql.queryOptional(
        "SELECT " + COLUMNS + " FROM sku WHERE sku = ?", SkuRepository::map, sku.value());
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
