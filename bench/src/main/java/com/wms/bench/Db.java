package com.wms.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC against the benchmark's database (setup, checks and the limit clients). */
final class Db {
  private Db() {}

  static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, "postgres", "postgres");
  }

  static void exec(String url, String... sql) throws SQLException {
    try (Connection c = connect(url);
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  static long queryLong(String url, String sql) throws SQLException {
    try (Connection c = connect(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Creates SKUs {@code prefix-0 .. prefix-(n-1)} with {@code units} available at location A-01,
   * written as the service would (a received flow, the shelf, and the ledger row), in three INSERT
   * ... SELECT generate_series statements.
   */
  static void stockSkus(String url, String prefix, long n, long units) throws SQLException {
    exec(
        url,
        "INSERT INTO sku (sku, product_name, received) SELECT '"
            + prefix
            + "-' || g, 'bench', "
            + units
            + " FROM generate_series(0, "
            + (n - 1)
            + ") g",
        "INSERT INTO stock_location (sku, location_id, available) SELECT '"
            + prefix
            + "-' || g, 'A-01', "
            + units
            + " FROM generate_series(0, "
            + (n - 1)
            + ") g",
        "INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, operation)"
            + " SELECT '"
            + prefix
            + "-' || g, 'received', 'available', "
            + units
            + ", 'A-01', 'receive' FROM generate_series(0, "
            + (n - 1)
            + ") g",
        "ANALYZE");
  }
}
