package com.wms.bench;

import com.wms.app.EmbeddedDatabase;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 4, growth (JMH, sample time, one client): latency of reserve and of release through the
 * HTTP API for one SKU with 1 thousand vs 1 million historical reservations (and twice as many
 * ledger rows: each was reserved and released), and in a database of 10 thousand vs 1 million SKUs.
 * Every scenario gets its own embedded PostgreSQL, filled with INSERT ... SELECT generate_series.
 * No operation may scan history, so the ratios must stay close to 1.
 *
 * <p>{@code bench/run growth} (main below runs JMH and prints the ratios).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 4, time = 2)
public class Growth {
  static final String SKU = "G-0";

  @Param({"base", "history-1M", "skus-1M"})
  public String scenario;

  private EmbeddedDatabase db;
  private InventoryUnderTest service;
  private Http http;
  private long next;
  private long[] scans;

  /** Sequential scans and rows they read on reservation and ledger, from pg_stat_user_tables. */
  private long[] scans() throws Exception {
    String url = db.jdbcUrl();
    return new long[] {
      Db.queryLong(
          url,
          "SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_user_tables"
              + " WHERE relname IN ('reservation', 'ledger')"),
      Db.queryLong(
          url,
          "SELECT coalesce(sum(seq_tup_read), 0) FROM pg_stat_user_tables"
              + " WHERE relname IN ('reservation', 'ledger')")
    };
  }

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    double load = Machine.load();
    long t0 = System.nanoTime();
    db = EmbeddedDatabase.start(null);
    service = InventoryUnderTest.start(db.jdbcUrl(), 64);
    http = service.client();
    String url = db.jdbcUrl();
    long skus = scenario.equals("skus-1M") ? 1_000_000 : 10_000;
    long history = scenario.equals("history-1M") ? 1_000_000 : 1_000;
    Db.stockSkus(url, "G", skus, 1_000_000_000L);
    // History of G-0: reservations reserved and released, each with its two ledger rows.
    Db.exec(
        url,
        "INSERT INTO reservation (reservation_id, order_id, sku, location_id, quantity, status,"
            + " expires_at) SELECT gen_random_uuid(), 'HIST-' || g, 'G-0', 'A-01', 1,"
            + " 'cancelled', now() FROM generate_series(1, "
            + history
            + ") g",
        "INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, order_id,"
            + " reservation_id, operation) SELECT 'G-0', m.f, m.t, 1, 'A-01', r.order_id,"
            + " r.reservation_id, m.op FROM reservation r CROSS JOIN (VALUES"
            + " ('available', 'reserved', 'reserve', 1), ('reserved', 'available', 'release', 2))"
            + " m(f, t, op, o) WHERE r.sku = 'G-0' ORDER BY r.order_id, m.o",
        "ANALYZE");
    System.out.printf(
        "%n[growth] scenario %s: %d SKUs, %d reservations and %d ledger rows of %s; filled in %.0f"
            + " s; load average %.2f%n",
        scenario,
        skus,
        Db.queryLong(url, "SELECT count(*) FROM reservation WHERE sku = 'G-0'"),
        Db.queryLong(url, "SELECT count(*) FROM ledger WHERE sku = 'G-0'"),
        SKU,
        (System.nanoTime() - t0) / 1e9,
        load);
    // Baseline after the counts above (they scan): the statistics arrive within half a second.
    Thread.sleep(1000);
    scans = scans();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    // The statistics collector reports with a delay of up to half a second.
    Thread.sleep(1000);
    long[] after = scans();
    System.out.printf(
        "%n[growth] scenario %s ends, load average %.2f; during the benchmark: %d sequential scans"
            + " of reservation/ledger reading %d rows, %d reservations made%n",
        scenario, Machine.load(), after[0] - scans[0], after[1] - scans[1], next);
    http.close();
    service.close();
    db.close();
  }

  String reserveOne() {
    String order = "GR-" + (next++);
    Http.Response r =
        http.post(
            "/api/v1/inventory/reserve",
            "{\"orderId\":\"" + order + "\",\"items\":[{\"sku\":\"" + SKU + "\",\"quantity\":1}]}",
            "reserve:" + order);
    if (r.status() != 200) {
      throw new IllegalStateException("reserve: " + r.status() + " " + r.body());
    }
    return order;
  }

  /** The order reserved before each release invocation. */
  @State(Scope.Thread)
  public static class Reserved {
    String order;

    @Setup(Level.Invocation)
    public void reserve(Growth g) {
      order = g.reserveOne();
    }
  }

  @Benchmark
  public String reserve() {
    return reserveOne();
  }

  @Benchmark
  public int release(Reserved r) {
    Http.Response response =
        http.post("/api/v1/inventory/release/" + r.order, null, "release:" + r.order);
    if (response.status() != 200) {
      throw new IllegalStateException("release: " + response.status() + " " + response.body());
    }
    return response.status();
  }

  public static void main(String[] args) throws Exception {
    // Arguments are JMH's own (e.g. -wi 1 -i 1 -p scenario=base for a quick try).
    Report.header("Growth", Options.parse(new String[0]));
    System.out.println("JMH arguments: " + String.join(" ", args));
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .parent(new org.openjdk.jmh.runner.options.CommandLineOptions(args))
                    .include(Growth.class.getName() + "\\.")
                    .build())
            .run();
    Map<String, double[]> byCase = new LinkedHashMap<>();
    for (RunResult r : results) {
      String op = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      String sc = r.getParams().getParam("scenario");
      var s = r.getPrimaryResult().getStatistics();
      byCase.put(
          op + "/" + sc,
          new double[] {s.getPercentile(50), s.getPercentile(99), s.getMean(), s.getN()});
    }
    System.out.println();
    System.out.println(
        "| operation | scenario | p50 µs | p99 µs | mean µs | samples | p50 ratio to"
            + " base | mean ratio to base |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Entry<String, double[]> e : byCase.entrySet()) {
      String op = e.getKey().substring(0, e.getKey().indexOf('/'));
      double[] base = byCase.getOrDefault(op + "/base", e.getValue());
      double[] v = e.getValue();
      System.out.printf(
          "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f |%n",
          op,
          e.getKey().substring(op.length() + 1),
          v[0],
          v[1],
          v[2],
          v[3],
          v[0] / base[0],
          v[2] / base[2]);
    }
  }
}
