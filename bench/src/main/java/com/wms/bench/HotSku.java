package com.wms.bench;

import com.wms.app.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Benchmark 1, hot SKU: N HTTP clients reserving one unit each from one SKU, against the limit (N
 * JDBC clients doing only the conditional UPDATE of the balance row and the ledger INSERT, on the
 * same PostgreSQL), for the naive design (one transaction per request) and group commit. Ends with
 * an exhaustion check: 128 clients on a SKU of 1000 units get exactly 1000 reservations.
 *
 * <p>{@code bench/run hot-sku [--reps 3] [--warmup-ms 1000] [--measure-ms 4000] [--clients
 * 1,8,32,128]}
 */
public final class HotSku {
  static final String[] MODES = {"limit", "naive", "grouped"};

  private HotSku() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int reps = o.integer("reps", 3);
    long warmup = o.integer("warmup-ms", 1000);
    long measure = o.integer("measure-ms", 4000);
    int[] clients = o.integers("clients", new int[] {1, 8, 32, 128});
    Report.header("Hot SKU", o);
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null, Map.of("max_connections", "400"));
        InventoryUnderTest naive = InventoryUnderTest.start(db.jdbcUrl(), 1);
        InventoryUnderTest grouped = InventoryUnderTest.start(db.jdbcUrl(), 64)) {
      String url = db.jdbcUrl();
      Machine.watchPostgres(url);
      HotSku bench = new HotSku();
      // JIT and pool warm-up, not reported: the service's request path needs some 10,000 requests
      // before the JIT has compiled it, so both services get 12 s of load first.
      int warmMs = o.integer("jit-warmup-ms", 12_000);
      for (String mode : MODES) {
        bench.once(url, naive, grouped, mode, 32, mode.equals("limit") ? 3000 : warmMs, 0, "warm");
      }
      Map<String, List<Driver.Result>> results = new LinkedHashMap<>();
      for (int rep = 1; rep <= reps; rep++) {
        for (int n : clients) {
          for (String mode : MODES) {
            Driver.Result r = bench.once(url, naive, grouped, mode, n, warmup, measure, "r" + rep);
            results.computeIfAbsent(mode + "/" + n, k -> new ArrayList<>()).add(r);
            Report.run(r);
          }
        }
      }
      Report.table(results, clients, MODES, "limit");
      bench.exhaustion(url, naive, "naive");
      bench.exhaustion(url, grouped, "grouped");
      Report.audit(naive, "LIMIT-");
    }
  }

  private final AtomicReference<String> failure = new AtomicReference<>();

  private Driver.Result once(
      String url,
      InventoryUnderTest naive,
      InventoryUnderTest grouped,
      String mode,
      int n,
      long warmup,
      long measure,
      String tag)
      throws Exception {
    String sku = (mode.equals("limit") ? "LIMIT-" : "HOT-") + mode + "-" + n + "-" + tag;
    long units = 50_000_000;
    Db.exec(url, Stock.createSql(sku, units));
    failure.set(null);
    PgWaits waits = new PgWaits(url);
    String label = mode + " N=" + n + " " + tag;
    Driver.ClientFactory f =
        switch (mode) {
          case "limit" -> i -> limitClient(url, sku, i);
          case "naive" -> i -> httpClient(naive, sku, i, tag + mode);
          default -> i -> httpClient(grouped, sku, i, tag + mode);
        };
    double[] groups0 = groups(grouped);
    Driver.Result r = Driver.run(label, n, warmup, measure, f, waits);
    double[] groups1 = groups(grouped);
    String check = Stock.check(url, sku, units, r.okTotal(), !mode.equals("limit"));
    String grouping =
        mode.equals("grouped")
            ? String.format(
                "; %.0f groups, mean group %.1f reservations",
                groups1[0] - groups0[0],
                (groups1[1] - groups0[1]) / Math.max(1, groups1[0] - groups0[0]))
            : "";
    return r.withNote(
        check
            + grouping
            + "; pg: "
            + waits.summary()
            + (failure.get() == null ? "" : "; first failure: " + failure.get()));
  }

  /** {count, total} of the service's group-size metric. */
  static double[] groups(InventoryUnderTest svc) {
    try (Http http = svc.client()) {
      Http.Response r = http.get("/actuator/metrics/wms.inventory.reserve.group.size");
      if (r.status() != 200) {
        return new double[] {0, 0};
      }
      return new double[] {stat(r.body(), "COUNT"), stat(r.body(), "TOTAL")};
    }
  }

  private static double stat(String json, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"statistic\":\"" + name + "\",\"value\":([0-9.E+-]+)")
            .matcher(json);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private Driver.Client httpClient(InventoryUnderTest svc, String sku, int index, String tag) {
    Http http = svc.client();
    String prefix = "O" + tag + "-" + sku.hashCode() + "-" + index + "-";
    return new Driver.Client() {
      @Override
      public boolean call(long i) {
        String order = prefix + i;
        Http.Response r = http.reserveOne(order, sku);
        return r.status() == 200 || Driver.fail(failure, r.status() + " " + r.body());
      }

      @Override
      public void close() {
        http.close();
      }
    };
  }

  /** The minimal correct reservation: conditional balance UPDATE + ledger INSERT, one commit. */
  private Driver.Client limitClient(String url, String sku, int index) throws Exception {
    Connection c = Db.connect(url);
    c.setAutoCommit(false);
    PreparedStatement update =
        c.prepareStatement(
            "UPDATE stock_location SET available = available - 1, reserved = reserved + 1"
                + " WHERE sku = ? AND location_id = 'A-01' AND available >= 1");
    PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO ledger (sku, from_bucket, to_bucket, quantity, location_id, order_id,"
                + " reservation_id, operation, idempotency_key)"
                + " VALUES (?, 'available', 'reserved', 1, 'A-01', ?, ?, 'reserve', ?)");
    update.setString(1, sku);
    insert.setString(1, sku);
    String prefix = "L-" + sku.hashCode() + "-" + index + "-";
    return new Driver.Client() {
      @Override
      public boolean call(long i) throws Exception {
        if (update.executeUpdate() != 1) {
          c.rollback();
          return Driver.fail(failure, "limit: no stock left");
        }
        insert.setString(2, prefix + i);
        insert.setObject(3, UUID.randomUUID());
        insert.setString(4, "reserve:" + prefix + i);
        insert.executeUpdate();
        c.commit();
        return true;
      }

      @Override
      public void close() throws Exception {
        c.close();
      }
    };
  }

  /**
   * 128 clients on a SKU of 1000 units, each reserving until refused (at most 60 s): exactly 1000
   * must be granted, and every other request refused with INSUFFICIENT_STOCK.
   */
  private void exhaustion(String url, InventoryUnderTest svc, String mode) throws Exception {
    String sku = "EXHAUST-" + mode;
    Db.exec(url, Stock.createSql(sku, 1000));
    java.util.concurrent.atomic.AtomicLong granted = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong other = new java.util.concurrent.atomic.AtomicLong();
    long deadline = System.nanoTime() + 60_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 128; t++) {
      int index = t;
      threads.add(
          new Thread(
              () -> {
                try (Http http = svc.client()) {
                  for (long i = 0; System.nanoTime() < deadline; i++) {
                    String order = "X" + mode + "-" + index + "-" + i;
                    Http.Response r = http.reserveOne(order, sku);
                    if (r.status() == 200) {
                      granted.incrementAndGet();
                    } else if (r.status() == 422 && r.body().contains("INSUFFICIENT_STOCK")) {
                      refused.incrementAndGet();
                      break;
                    } else {
                      other.incrementAndGet();
                      failure.compareAndSet(null, r.status() + " " + r.body());
                    }
                  }
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    String check = Stock.check(url, sku, 1000, granted.get(), true);
    System.out.printf(
        "%nExhaustion (%s): 128 clients on 1000 units, each until refused: %d granted, %d refused"
            + " with INSUFFICIENT_STOCK, %d other answers; %s%s%n",
        mode,
        granted.get(),
        refused.get(),
        other.get(),
        check,
        granted.get() == 1000 && refused.get() == 128 ? "; exactly 1000: no oversell" : "; WRONG");
  }
}
