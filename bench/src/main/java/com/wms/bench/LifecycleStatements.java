package com.wms.bench;

import com.wms.app.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each lifecycle step of the service sends to PostgreSQL: the steps run phase by phase (N
 * reserves, then N picks, ...) on a PostgreSQL with pg_stat_statements, and after each phase the
 * statements it executed are divided by N.
 */
final class LifecycleStatements {
  private LifecycleStatements() {}

  static void count(int n) throws Exception {
    Report.header("Statements per lifecycle step", Options.parse(new String[0]));
    try (EmbeddedDatabase db =
            EmbeddedDatabase.start(
                null,
                Map.of(
                    "shared_preload_libraries", "pg_stat_statements",
                    "pg_stat_statements.track", "all"));
        InventoryUnderTest service = InventoryUnderTest.start(db.jdbcUrl(), 64)) {
      String url = db.jdbcUrl();
      Db.exec(url, "CREATE EXTENSION pg_stat_statements");
      String sku = "LIFE-COUNT";
      Db.exec(url, Stock.createSql(sku, 1_000_000));
      String[][] ids = new String[n][2];
      try (Http http = service.client();
          Connection c = Db.connect(url);
          Statement s = c.createStatement()) {
        LifecycleSteps steps = new LifecycleSteps(http, sku, "count");
        for (int step = 0; step < Lifecycle.STEPS.length; step++) {
          // Idle connections of the pool must not start a transaction of their own meanwhile.
          Thread.sleep(200);
          reset(s);
          for (int i = 0; i < n; i++) {
            steps.run(step, i, ids[i]);
          }
          print(s, Lifecycle.STEPS[step], n);
        }
      }
      System.out.println(Lifecycle.check(url, sku, 1_000_000, n));
    }
  }

  private static void reset(Statement s) throws Exception {
    s.execute("SELECT pg_stat_statements_reset()");
  }

  private static void print(Statement s, String step, int n) throws Exception {
    List<String> lines = new ArrayList<>();
    double total = 0;
    try (ResultSet rs =
        s.executeQuery(
            "SELECT calls, query FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat%'"
                + " ORDER BY calls DESC, query")) {
      while (rs.next()) {
        double perOp = rs.getLong(1) / (double) n;
        total += perOp;
        lines.add(String.format("    %5.2f  %s", perOp, rs.getString(2).replaceAll("\\s+", " ")));
      }
    }
    System.out.printf(
        "%n%s: %.2f statements per step, BEGIN included (each step also commits once)%n",
        step, total);
    lines.forEach(System.out::println);
  }
}
