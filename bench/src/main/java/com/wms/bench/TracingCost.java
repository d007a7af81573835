package com.wms.bench;

import com.sun.net.httpserver.HttpServer;
import com.wms.app.EmbeddedDatabase;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Benchmark 8, the cost of tracing: the inventory service as shipped (tracing off, no OTLP
 * endpoint) and the same service exporting every trace (OTEL_EXPORTER_OTLP_ENDPOINT set, every
 * request sampled) to an OTLP/HTTP sink in this JVM, side by side on one database of 10,000 SKUs: N
 * clients reserving one unit of a random SKU, modes interleaved in every repetition.
 *
 * <p>{@code bench/run tracing [--skus 10000] [--clients 1,32] [--reps 3] [--warmup-ms 1000]
 * [--measure-ms 4000]}
 */
public final class TracingCost {
  static final String[] MODES = {"off", "on"};

  private TracingCost() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int skus = o.integer("skus", 10_000);
    int[] clients = o.integers("clients", new int[] {1, 32});
    int reps = o.integer("reps", 3);
    long warmup = o.integer("warmup-ms", 1000);
    long measure = o.integer("measure-ms", 4000);
    Report.header("Tracing off vs on", o);
    AtomicLong exported = new AtomicLong();
    AtomicLong exports = new AtomicLong();
    HttpServer sink = sink(exports, exported);
    String endpoint = "http://127.0.0.1:" + sink.getAddress().getPort();
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null, Map.of("max_connections", "400"));
        InventoryUnderTest off = InventoryUnderTest.start(db.jdbcUrl(), 64);
        InventoryUnderTest on =
            InventoryUnderTest.start(
                db.jdbcUrl(), 64, "--OTEL_EXPORTER_OTLP_ENDPOINT=" + endpoint)) {
      String url = db.jdbcUrl();
      Machine.watchPostgres(url);
      Db.stockSkus(url, "T", skus, 1_000_000);
      AtomicReference<String> failure = new AtomicReference<>();
      Map<String, List<Driver.Result>> results = new LinkedHashMap<>();
      for (int rep = 0; rep <= reps; rep++) {
        for (int n : clients) {
          for (String mode : MODES) {
            InventoryUnderTest svc = mode.equals("off") ? off : on;
            String tag = rep == 0 ? "warm" : "r" + rep;
            String label = "tracing " + mode + " N=" + n + " " + tag;
            failure.set(null);
            // The first round only warms the JIT of both services, with the same load.
            Driver.Result r =
                Driver.run(
                    label,
                    n,
                    rep == 0 ? 8000 : warmup,
                    rep == 0 ? 1000 : measure,
                    i -> client(svc, i, label, skus, failure));
            if (rep > 0) {
              Report.run(
                  r.withNote(failure.get() == null ? "" : "first failure: " + failure.get()));
              results.computeIfAbsent(mode + "/" + n, k -> new ArrayList<>()).add(r);
            }
          }
        }
      }
      table(results, clients);
      System.out.printf(
          "%nOTLP sink: %d exports, %d bytes of protobuf received from the traced service%n",
          exports.get(), exported.get());
      Report.audit(off, null);
    } finally {
      sink.stop(0);
    }
  }

  private static void table(Map<String, List<Driver.Result>> results, int[] clients) {
    System.out.println();
    System.out.println(
        "| N | off /s | off p50 / p99 ms | off CPU µs/request | on /s | on p50 / p99 ms"
            + " | on CPU µs/request | on/off throughput | on/off CPU per request |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (int n : clients) {
      List<Driver.Result> off = results.get("off/" + n);
      List<Driver.Result> on = results.get("on/" + n);
      double[] throughput = new double[off.size()];
      double[] cpu = new double[off.size()];
      for (int i = 0; i < off.size(); i++) {
        throughput[i] = on.get(i).perSecond() / off.get(i).perSecond();
        cpu[i] = cpuPerRequest(on.get(i)) / cpuPerRequest(off.get(i));
      }
      System.out.printf(
          "| %d | %.0f | %.2f / %.2f | %.0f | %.0f | %.2f / %.2f | %.0f | %.2f | %.2f |%n",
          n,
          Report.med(off, Driver.Result::perSecond),
          Report.med(off, Driver.Result::p50Ms),
          Report.med(off, Driver.Result::p99Ms),
          Report.med(off, TracingCost::cpuPerRequest),
          Report.med(on, Driver.Result::perSecond),
          Report.med(on, Driver.Result::p50Ms),
          Report.med(on, Driver.Result::p99Ms),
          Report.med(on, TracingCost::cpuPerRequest),
          Latencies.median(throughput),
          Latencies.median(cpu));
    }
  }

  /** CPU of this JVM (service and driver) and of PostgreSQL per request, in microseconds. */
  static double cpuPerRequest(Driver.Result r) {
    return (r.jvmCores() + r.pgCores()) / r.perSecond() * 1e6;
  }

  private static Driver.Client client(
      InventoryUnderTest svc, int index, String label, int skus, AtomicReference<String> failure) {
    Http http = svc.client();
    String prefix = "T" + Math.abs(label.hashCode()) + "-" + index + "-";
    return new Driver.Client() {
      @Override
      public boolean call(long i) {
        String sku = "T-" + ThreadLocalRandom.current().nextInt(skus);
        Http.Response r = http.reserveOne(prefix + i, sku);
        return r.status() == 200 || Driver.fail(failure, r.status() + " " + r.body());
      }

      @Override
      public void close() {
        http.close();
      }
    };
  }

  /** An OTLP/HTTP endpoint that accepts every export and counts it. */
  private static HttpServer sink(AtomicLong exports, AtomicLong bytes) throws Exception {
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            bytes.addAndGet(in.readAllBytes().length);
          }
          exports.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return server;
  }
}
