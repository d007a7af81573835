package com.wms.bench;

import com.wms.app.EmbeddedDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1b, the lifecycle at N = 1: one client walks reservations of one unit through reserve,
 * pick, stage, pack and ship, one step after the other, and each step is timed on its own. Against
 * the limit: one JDBC client writing, per step, only the rows that step must write (balances,
 * reservation or allocation, the ledger row), one statement per round trip, then the commit. Limit
 * and service run interleaved on the same PostgreSQL; after every run the SKU's balances, rows and
 * ledger are checked against the completed cycles, and the product's audit runs at the end.
 *
 * <p>{@code bench/run lifecycle [--reps 3] [--warmup-ms 1000] [--measure-ms 4000] [--jit-warmup-ms
 * 12000]}; {@code --statements N} instead counts, with pg_stat_statements, the statements and
 * commits each step of the service sends to PostgreSQL over N cycles, and prints them.
 */
public final class Lifecycle {
  static final String[] STEPS = {"reserve", "pick", "stage", "pack", "ship"};
  static final String[] MODES = {"limit", "service"};
  static final long UNITS = 50_000_000;

  private Lifecycle() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int statements = o.integer("statements", 0);
    if (statements > 0) {
      LifecycleStatements.count(statements);
      return;
    }
    int reps = o.integer("reps", 3);
    long warmup = o.integer("warmup-ms", 1000);
    long measure = o.integer("measure-ms", 4000);
    int jitWarmup = o.integer("jit-warmup-ms", 12_000);
    Report.header("Lifecycle at N = 1", o);
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null, Map.of("max_connections", "400"));
        InventoryUnderTest service = InventoryUnderTest.start(db.jdbcUrl(), 64)) {
      String url = db.jdbcUrl();
      Machine.watchPostgres(url);
      // JIT warm-up of both clients and the service, not reported.
      for (String mode : MODES) {
        run(url, service, mode, "warm", jitWarmup, 0);
      }
      Map<String, List<LifecycleRun.Result>> results = new LinkedHashMap<>();
      for (int rep = 1; rep <= reps; rep++) {
        for (String mode : MODES) {
          LifecycleRun.Result r = run(url, service, mode, "r" + rep, warmup, measure);
          results.computeIfAbsent(mode, k -> new ArrayList<>()).add(r);
          System.out.println(r.line());
        }
      }
      table(results);
      Report.audit(service, null);
    }
  }

  private static LifecycleRun.Result run(
      String url, InventoryUnderTest service, String mode, String tag, long warmup, long measure)
      throws Exception {
    String sku = (mode.equals("limit") ? "LIFE-LIMIT-" : "LIFE-SVC-") + tag;
    Db.exec(url, Stock.createSql(sku, UNITS));
    try (LifecycleRun.Client client =
        mode.equals("limit")
            ? new LifecycleLimit(url, sku, tag)
            : new LifecycleSteps(service.client(), sku, tag)) {
      LifecycleRun.Result r = LifecycleRun.run(mode + " " + tag, client, warmup, measure);
      return r.withCheck(check(url, sku, UNITS, r.cycles()));
    }
  }

  /**
   * Every completed cycle shipped one unit: shipped = cycles, available = stock - cycles, nothing
   * left reserved, every reservation fulfilled, every allocation shipped, one ledger row per step.
   */
  static String check(String url, String sku, long units, long cycles) throws Exception {
    String q = "'" + sku + "'";
    long shipped = Db.queryLong(url, "SELECT shipped FROM sku WHERE sku = " + q);
    long available = Db.queryLong(url, "SELECT available FROM stock_location WHERE sku = " + q);
    long reserved = Db.queryLong(url, "SELECT reserved FROM stock_location WHERE sku = " + q);
    long open =
        Db.queryLong(
            url,
            "SELECT count(*) FROM reservation WHERE sku = " + q + " AND status <> 'fulfilled'");
    long unshipped =
        Db.queryLong(
            url, "SELECT count(*) FROM allocation WHERE sku = " + q + " AND status <> 'shipped'");
    long ledger =
        Db.queryLong(
            url, "SELECT count(*) FROM ledger WHERE sku = " + q + " AND from_bucket <> 'received'");
    boolean ok =
        shipped == cycles
            && available == units - cycles
            && reserved == 0
            && open == 0
            && unshipped == 0
            && ledger == 5 * cycles;
    return String.format(
        "%s: %d cycles, shipped %d, available %d, reserved %d, open reservations %d,"
            + " unshipped allocations %d, ledger rows %d",
        ok ? "verified" : "MISMATCH",
        cycles,
        shipped,
        available,
        reserved,
        open,
        unshipped,
        ledger);
  }

  private static void table(Map<String, List<LifecycleRun.Result>> results) {
    List<LifecycleRun.Result> limit = results.get("limit");
    List<LifecycleRun.Result> service = results.get("service");
    System.out.println();
    System.out.println(
        "| step | limit p50 / p99 ms | service p50 / p99 ms | service/limit p50 | load |");
    System.out.println("|---|---|---|---|---|");
    for (int s = 0; s < STEPS.length; s++) {
      int step = s;
      double[] ratio = new double[Math.min(limit.size(), service.size())];
      for (int i = 0; i < ratio.length; i++) {
        ratio[i] = service.get(i).p50Ms(step) / limit.get(i).p50Ms(step);
      }
      double[] loads =
          results.values().stream()
              .flatMap(List::stream)
              .mapToDouble(LifecycleRun.Result::load)
              .toArray();
      System.out.printf(
          "| %s | %.2f / %.2f | %.2f / %.2f | %.2f | %.2f |%n",
          STEPS[s],
          med(limit, r -> r.p50Ms(step)),
          med(limit, r -> r.p99Ms(step)),
          med(service, r -> r.p50Ms(step)),
          med(service, r -> r.p99Ms(step)),
          Latencies.median(ratio),
          Latencies.median(loads));
    }
    System.out.printf(
        "| whole cycle | %.0f cycles/s | %.0f cycles/s | %.2f | |%n",
        med(limit, LifecycleRun.Result::perSecond),
        med(service, LifecycleRun.Result::perSecond),
        med(service, LifecycleRun.Result::perSecond) / med(limit, LifecycleRun.Result::perSecond));
    System.out.println();
  }

  private static double med(
      List<LifecycleRun.Result> rs, java.util.function.ToDoubleFunction<LifecycleRun.Result> f) {
    return Latencies.median(rs.stream().mapToDouble(f).toArray());
  }
}
