package com.wms.bench;

import com.wms.app.EmbeddedDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Benchmark 2, many SKUs: 10,000 SKUs, N = 32 HTTP clients reserving one unit of a SKU drawn
 * uniformly or Zipf-skewed (exponent 1: the top SKU gets about 10 % of the demand), naive and
 * grouped side by side; then the same uniform requests to the {@link WebFloor} of the grouped
 * service, which answers without touching the database (the HTTP stack's own ceiling).
 *
 * <p>{@code bench/run many-skus [--skus 10000] [--clients 32] [--zipf 1.0] [--reps 3] [--warmup-ms
 * 1000] [--measure-ms 4000] [--web-floor 1]} ({@code --web-floor 0} skips the floor)
 */
public final class ManySkus {
  private ManySkus() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int skus = o.integer("skus", 10_000);
    int clients = o.integer("clients", 32);
    double exponent = Double.parseDouble(o.text("zipf", "1.0"));
    int reps = o.integer("reps", 3);
    long warmup = o.integer("warmup-ms", 1000);
    long measure = o.integer("measure-ms", 4000);
    boolean webFloor = o.integer("web-floor", 1) == 1;
    long units = 1_000_000;
    Report.header("Many SKUs", o);
    double[] zipf = zipfCdf(skus, exponent);
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null, Map.of("max_connections", "400"));
        InventoryUnderTest naive = InventoryUnderTest.start(db.jdbcUrl(), 1);
        InventoryUnderTest grouped = InventoryUnderTest.startWithWebFloor(db.jdbcUrl(), 64)) {
      String url = db.jdbcUrl();
      Machine.watchPostgres(url);
      Db.stockSkus(url, "S", skus, units);
      AtomicLong granted = new AtomicLong();
      AtomicReference<String> failure = new AtomicReference<>();
      String[] modes = {"naive", "grouped", "web-floor"};
      String[] dists = {"uniform", "zipf"};
      Map<String, List<Driver.Result>> results = new LinkedHashMap<>();
      for (int rep = 0; rep <= reps; rep++) {
        for (String dist : dists) {
          for (String mode : modes) {
            if (mode.equals("web-floor") && (!webFloor || !dist.equals("uniform"))) {
              continue;
            }
            InventoryUnderTest svc = mode.equals("naive") ? naive : grouped;
            boolean floor = mode.equals("web-floor");
            String path = floor ? WebFloor.PATH : Http.RESERVE_PATH;
            String tag = rep == 0 ? "warm" : "r" + rep;
            String label = dist + " " + mode + " N=" + clients + " " + tag;
            failure.set(null);
            PgWaits waits = new PgWaits(url);
            Driver.Result r =
                Driver.run(
                    label,
                    clients,
                    rep == 0 ? 8000 : warmup,
                    rep == 0 ? 1000 : measure,
                    i ->
                        client(
                            svc, path, i, label, dist.equals("zipf") ? zipf : null, skus, failure),
                    waits);
            if (!floor) {
              granted.addAndGet(r.okTotal());
            }
            if (rep > 0) {
              Driver.Result shown =
                  r.withNote(
                      "pg: "
                          + waits.summary()
                          + (failure.get() == null ? "" : "; first failure: " + failure.get()));
              Report.run(shown);
              results.computeIfAbsent(dist + "/" + mode, k -> new ArrayList<>()).add(r);
            }
          }
        }
      }
      System.out.println();
      System.out.println(
          "| demand | naive /s | naive p50 / p99 ms | grouped /s | grouped p50 / p99 ms"
              + " | grouped/naive | load |");
      System.out.println("|---|---|---|---|---|---|---|");
      for (String dist : dists) {
        List<Driver.Result> n = results.get(dist + "/naive");
        List<Driver.Result> g = results.get(dist + "/grouped");
        double[] ratio = new double[n.size()];
        double[] loads = new double[n.size() * 2];
        for (int i = 0; i < n.size(); i++) {
          ratio[i] = g.get(i).perSecond() / n.get(i).perSecond();
          loads[2 * i] = n.get(i).load();
          loads[2 * i + 1] = g.get(i).load();
        }
        System.out.printf(
            "| %s | %.0f | %.2f / %.2f | %.0f | %.2f / %.2f | %.2f | %.2f |%n",
            dist,
            Report.med(n, Driver.Result::perSecond),
            Report.med(n, Driver.Result::p50Ms),
            Report.med(n, Driver.Result::p99Ms),
            Report.med(g, Driver.Result::perSecond),
            Report.med(g, Driver.Result::p50Ms),
            Report.med(g, Driver.Result::p99Ms),
            Latencies.median(ratio),
            Latencies.median(loads));
      }
      List<Driver.Result> floor = results.get("uniform/web-floor");
      if (floor != null) {
        System.out.printf(
            "%nWeb floor (uniform requests, no database work): %.0f/s, p50 %.2f ms, p99 %.2f ms;"
                + " grouped reservations reach %.2f of it%n",
            Report.med(floor, Driver.Result::perSecond),
            Report.med(floor, Driver.Result::p50Ms),
            Report.med(floor, Driver.Result::p99Ms),
            Report.med(results.get("uniform/grouped"), Driver.Result::perSecond)
                / Report.med(floor, Driver.Result::perSecond));
      }
      long reserved = Db.queryLong(url, "SELECT sum(reserved) FROM stock_location");
      long available = Db.queryLong(url, "SELECT sum(available) FROM stock_location");
      long negative = Db.queryLong(url, "SELECT count(*) FROM stock_location WHERE available < 0");
      boolean ok = reserved == granted.get() && available == units * skus - granted.get();
      System.out.printf(
          "%nCheck: %d reservations granted, %d units reserved, %d available of %d, %d negative"
              + " shelves: %s%n",
          granted.get(), reserved, available, units * skus, negative, ok ? "verified" : "MISMATCH");
      Report.audit(naive, null);
    }
  }

  private static Driver.Client client(
      InventoryUnderTest svc,
      String path,
      int index,
      String label,
      double[] zipf,
      int skus,
      AtomicReference<String> failure) {
    Http http = svc.client();
    String prefix = "M" + Math.abs(label.hashCode()) + "-" + index + "-";
    return new Driver.Client() {
      @Override
      public boolean call(long i) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int s = zipf == null ? random.nextInt(skus) : rank(zipf, random.nextDouble());
        String order = prefix + i;
        Http.Response r = http.reserveOne(path, order, "S-" + s);
        return r.status() == 200 || Driver.fail(failure, r.status() + " " + r.body());
      }

      @Override
      public void close() {
        http.close();
      }
    };
  }

  /** Cumulative Zipf distribution over ranks 0..n-1 with the given exponent. */
  static double[] zipfCdf(int n, double exponent) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1.0 / Math.pow(k + 1, exponent);
      cdf[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cdf[k] /= sum;
    }
    return cdf;
  }

  static int rank(double[] cdf, double u) {
    int i = java.util.Arrays.binarySearch(cdf, u);
    return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
  }
}
