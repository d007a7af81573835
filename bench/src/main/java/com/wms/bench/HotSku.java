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
      HotSku bench = new HotSku();
      // JIT and pool warm-up, not reported.
      for (String mode : MODES) {
        bench.once(url, naive, grouped, mode, 32, 2000, 0, "warm");
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
    Driver.Result r = Driver.run(label, n, warmup, measure, f, waits);
    String check = Stock.check(url, sku, units, r.okTotal(), !mode.equals("limit"));
    return new Driver.Result(
        label,
        n,
        r.ok(),
        r.failed(),
        r.okTotal(),
        r.perSecond(),
        r.p50Ms(),
        r.p99Ms(),
        r.load(),
        r.machineBusy(),
        check
            + "; pg: "
            + waits.summary()
            + (failure.get() == null ? "" : "; first failure: " + failure.get()));
  }

  private Driver.Client httpClient(InventoryUnderTest svc, String sku, int index, String tag) {
    Http http = svc.client();
    String prefix = "O" + tag + "-" + sku.hashCode() + "-" + index + "-";
    return new Driver.Client() {
      @Override
      public boolean call(long i) {
        String order = prefix + i;
        Http.Response r =
            http.post(
                "/api/v1/inventory/reserve",
                "{\"orderId\":\""
                    + order
                    + "\",\"items\":[{\"sku\":\""
                    + sku
                    + "\",\"quantity\":1}]}",
                "reserve:" + order);
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

  /** 128 clients on 1000 units until every client has been refused: exactly 1000 granted. */
  private void exhaustion(String url, InventoryUnderTest svc, String mode) throws Exception {
    String sku = "EXHAUST-" + mode;
    Db.exec(url, Stock.createSql(sku, 1000));
    failure.set(null);
    java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();
    Driver.Result r =
        Driver.run(
            "exhaustion " + mode,
            128,
            0,
            5000,
            i -> {
              Driver.Client http = httpClient(svc, sku, i, "x" + mode);
              return new Driver.Client() {
                boolean done;

                @Override
                public boolean call(long n) throws Exception {
                  if (done) {
                    Thread.sleep(5);
                    return false;
                  }
                  boolean ok = http.call(n);
                  if (!ok) {
                    done = true;
                    refused.incrementAndGet();
                  }
                  return ok;
                }

                @Override
                public void close() throws Exception {
                  http.close();
                }
              };
            });
    String check = Stock.check(url, sku, 1000, r.okTotal(), true);
    System.out.printf(
        "%nExhaustion (%s): 128 clients, 1000 units: %d granted, %d clients refused"
            + " (INSUFFICIENT_STOCK expected), %s%n",
        mode, r.okTotal(), refused.get(), check);
    if (r.okTotal() != 1000) {
      System.out.println("  OVERSELL OR UNDERSELL: expected exactly 1000 granted");
    }
  }
}
