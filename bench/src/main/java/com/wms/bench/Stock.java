package com.wms.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Stock setup and the zero-oversell check of the benchmarks. */
final class Stock {
  private Stock() {}

  /** SQL that creates one SKU with {@code units} available at A-01, as the service would. */
  static String[] createSql(String sku, long units) {
    return new String[] {
      "INSERT INTO sku (sku, product_name, received) VALUES ('"
          + sku
          + "', 'bench', "
          + units
          + ")",
      "INSERT INTO stock_location (sku, location_id, available) VALUES ('"
          + sku
          + "', 'A-01', "
          + units
          + ")",
      "INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, operation)"
          + " VALUES ('"
          + sku
          + "', 'received', 'available', "
          + units
          + ", 'A-01', 'receive')"
    };
  }

  /**
   * Checks that exactly the granted units are reserved and the rest is still available: no unit
   * promised twice (oversell) nor lost. With {@code service}, the reservation rows and reserve
   * ledger rows must match too.
   */
  static String check(String url, String sku, long units, long granted, boolean service)
      throws SQLException {
    try (Connection c = Db.connect(url)) {
      long available = one(c, "SELECT available FROM stock_location WHERE sku = ?", sku);
      long reserved = one(c, "SELECT reserved FROM stock_location WHERE sku = ?", sku);
      long ledger =
          one(c, "SELECT count(*) FROM ledger WHERE sku = ? AND to_bucket = 'reserved'", sku);
      long rows =
          service
              ? one(c, "SELECT coalesce(sum(reserved), 0) FROM reservation WHERE sku = ?", sku)
              : reserved;
      boolean ok =
          reserved == granted
              && available == units - granted
              && ledger == granted
              && rows == granted
              && available >= 0;
      return (ok ? "verified" : "MISMATCH")
          + ": granted "
          + granted
          + ", reserved "
          + reserved
          + ", available "
          + available
          + ", ledger rows "
          + ledger
          + (service ? ", reservation units " + rows : "");
    }
  }

  private static long one(Connection c, String sql, String sku) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, sku);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
