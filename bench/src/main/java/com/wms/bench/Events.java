package com.wms.bench;

import ch.qos.logback.classic.Level;
import com.wms.app.EmbeddedDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Benchmark 5, events: the many-SKU load (10,000 SKUs, N = 32 clients reserving one unit of a
 * uniformly drawn SKU, group commit on) against the inventory service with publishing off ({@code
 * WMS_EVENTS_RELAY_ENABLED=false}) and on (relay, feed and the Kafka sink to a local KRaft broker),
 * interleaved, a fresh service per run. With publishing on it reports the events published per
 * second and the end-to-end lag, commit to a consumer holding the event, on the feed (long poll)
 * and on Kafka. Before each measured run with publishing on, the backlog of the run before is
 * drained. Ends by checking that every ledger row was published exactly once.
 *
 * <p>{@code bench/run events [--skus 10000] [--clients 32] [--reps 2] [--warmup-ms 3000]
 * [--measure-ms 8000]}
 */
public final class Events {
  private Events() {}

  private record Figures(Driver.Result run, double eventsPerSecond, long[] feed, long[] kafka) {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int skus = o.integer("skus", 10_000);
    int clients = o.integer("clients", 32);
    int reps = o.integer("reps", 2);
    long warmup = o.integer("warmup-ms", 3000);
    long measure = o.integer("measure-ms", 8000);
    Report.header("Events: publishing on vs off under the many-SKU load", o);
    // The broker's configuration dump and the like, before Spring's logging settings apply.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3, "wms.inventory.events");
    kafka.afterPropertiesSet();
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null, Map.of("max_connections", "400"))) {
      String url = db.jdbcUrl();
      Machine.watchPostgres(url);
      try (InventoryUnderTest migrate =
          InventoryUnderTest.start(url, 64, "--wms.events.relay-enabled=false")) {
        // Starting a service migrates the schema that the SKUs are written into.
      }
      Db.stockSkus(url, "S", skus, 1_000_000);
      Map<String, List<Figures>> results = new LinkedHashMap<>();
      AtomicReference<String> failure = new AtomicReference<>();
      for (int rep = 0; rep <= reps; rep++) {
        for (String mode : List.of("off", "on")) {
          boolean on = mode.equals("on");
          String label = "publishing " + mode + " N=" + clients + (rep == 0 ? " warm" : " r" + rep);
          String[] settings =
              on
                  ? new String[] {
                    "--wms.events.kafka-bootstrap-servers=" + kafka.getBrokersAsString()
                  }
                  : new String[] {"--wms.events.relay-enabled=false"};
          try (InventoryUnderTest svc = InventoryUnderTest.start(url, 64, settings)) {
            LagProbe probe = null;
            if (on) {
              long seq = drained(url);
              probe = new LagProbe(svc.port(), kafka.getBrokersAsString(), seq);
            }
            failure.set(null);
            Driver.Result r =
                Driver.run(
                    label,
                    clients,
                    warmup,
                    measure,
                    i -> client(svc, i, label, skus, failure),
                    probe);
            Report.run(r);
            if (probe != null) {
              probe.close();
              long[] feed = Latencies.merged(List.of(probe.feedLag()));
              long[] fromKafka = Latencies.merged(List.of(probe.kafkaLag()));
              System.out.printf(
                  "  events: %.0f/s published; lag commit -> feed p50 %.1f ms, p99 %.1f ms (%d"
                      + " events); commit -> Kafka p50 %.1f ms, p99 %.1f ms (%d events)%n",
                  probe.eventsPerSecond(),
                  Latencies.percentileMs(feed, 50),
                  Latencies.percentileMs(feed, 99),
                  feed.length,
                  Latencies.percentileMs(fromKafka, 50),
                  Latencies.percentileMs(fromKafka, 99),
                  fromKafka.length);
              if (rep > 0) {
                results
                    .computeIfAbsent(mode, k -> new ArrayList<>())
                    .add(new Figures(r, probe.eventsPerSecond(), feed, fromKafka));
              }
            } else if (rep > 0) {
              results
                  .computeIfAbsent(mode, k -> new ArrayList<>())
                  .add(new Figures(r, 0, null, null));
            }
            if (on && rep == reps) {
              drained(url);
              long ledger = Db.queryLong(url, "SELECT count(*) FROM ledger");
              long published = publishedLedgerEvents(url);
              long distinct =
                  Db.queryLong(url, "SELECT count(DISTINCT event_id) FROM published_event");
              long all = Db.queryLong(url, "SELECT count(*) FROM published_event");
              System.out.printf(
                  "%nCheck: %d ledger rows, %d movement events published, %d events all distinct"
                      + " of %d: %s%n",
                  ledger,
                  published,
                  distinct,
                  all,
                  ledger == published && distinct == all ? "verified" : "MISMATCH");
            }
          }
        }
      }
      table(results);
    } finally {
      kafka.destroy();
    }
  }

  private static void table(Map<String, List<Figures>> results) {
    System.out.println();
    System.out.println(
        "| publishing | reservations/s | reserve p50 / p99 ms | events/s | commit→feed p50 / p99 ms"
            + " | commit→Kafka p50 / p99 ms |");
    System.out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, List<Figures>> e : results.entrySet()) {
      List<Figures> f = e.getValue();
      List<Driver.Result> runs = f.stream().map(Figures::run).toList();
      boolean on = e.getKey().equals("on");
      System.out.printf(
          "| %s | %.0f | %.2f / %.2f | %s | %s | %s |%n",
          e.getKey(),
          Report.med(runs, Driver.Result::perSecond),
          Report.med(runs, Driver.Result::p50Ms),
          Report.med(runs, Driver.Result::p99Ms),
          on
              ? String.format(
                  "%.0f",
                  Latencies.median(f.stream().mapToDouble(Figures::eventsPerSecond).toArray()))
              : "—",
          on ? lag(f, true) : "—",
          on ? lag(f, false) : "—");
    }
  }

  private static String lag(List<Figures> f, boolean feed) {
    double[] p50 =
        f.stream()
            .mapToDouble(x -> Latencies.percentileMs(feed ? x.feed() : x.kafka(), 50))
            .toArray();
    double[] p99 =
        f.stream()
            .mapToDouble(x -> Latencies.percentileMs(feed ? x.feed() : x.kafka(), 99))
            .toArray();
    return String.format("%.1f / %.1f", Latencies.median(p50), Latencies.median(p99));
  }

  /** Ledger movements the relay has published as inventory events. */
  private static long publishedLedgerEvents(String url) throws Exception {
    return Db.queryLong(
        url,
        "SELECT count(*) FROM published_event WHERE stream = 'inventory'"
            + " AND event_id ~ '^ledger-[0-9]+$'");
  }

  /**
   * Waits until the relay has published every ledger row and the Kafka sink has shipped every
   * event; returns the last sequence number.
   */
  private static long drained(String url) throws Exception {
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline) {
      long ledger = Db.queryLong(url, "SELECT count(*) FROM ledger");
      long published = publishedLedgerEvents(url);
      long last = Db.queryLong(url, "SELECT last_seq FROM event_sequence");
      long shipped =
          Db.queryLong(
              url,
              "SELECT coalesce(max(seq), 0) FROM event_sink_cursor WHERE sink = 'kafka:inventory'");
      if (published == ledger && shipped == last) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the relay did not drain within 5 minutes");
  }

  private static Driver.Client client(
      InventoryUnderTest svc, int index, String label, int skus, AtomicReference<String> failure) {
    Http http = svc.client();
    String prefix = "E" + Math.abs(label.hashCode()) + "-" + index + "-";
    return new Driver.Client() {
      @Override
      public boolean call(long i) {
        int s = ThreadLocalRandom.current().nextInt(skus);
        Http.Response r = http.reserveOne(prefix + i, "S-" + s);
        return r.status() == 200 || Driver.fail(failure, r.status() + " " + r.body());
      }

      @Override
      public void close() {
        http.close();
      }
    };
  }
}
