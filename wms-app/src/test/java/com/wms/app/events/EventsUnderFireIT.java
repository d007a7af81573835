package com.wms.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.app.replicas.KafkaBroker;
import com.wms.app.replicas.ServiceReplicas;
import com.wms.events.EventLocks;
import com.wms.inventory.api.Totals;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.Feed;
import com.wms.inventory.service.support.Stock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The proof of the event stream: two service replicas (JVMs of the product jar) and a real Kafka
 * broker under a mixed load of 32 writers, while the broker is killed with SIGKILL for 20 s and the
 * replica that holds the relay is killed with SIGKILL mid-stream and started again; from then on
 * until the load ends, the database sessions of the relay's and the Kafka sink's holders are ended
 * at random moments ({@link LockHolderKiller}), so both are cut at any point of their work.
 * Afterwards a consumer rebuilds every SKU's buckets from the feed alone and from the Kafka topic
 * alone, and both equal the service's balances; the feed has no gap and every SKU's events are in
 * ledger order; Kafka has every event, in each SKU's order, and its duplicates are exact
 * redeliveries.
 *
 * <p>The load runs {@value #LOAD_SECONDS} s here; {@code -Dwms.events.load-seconds=120} runs a
 * longer one.
 */
class EventsUnderFireIT {
  private static final int LOAD_SECONDS = 34;
  private static final int SKUS = 40;
  private static final int WRITERS = 32;

  @Test
  void killingTheRelayHolderAndTheBrokerUnderLoadLosesAndReordersNoEvent() throws Exception {
    int loadSeconds = Integer.getInteger("wms.events.load-seconds", LOAD_SECONDS);
    CompletableFuture<KafkaBroker> starting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return KafkaBroker.start();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    KafkaBroker broker = null;
    try {
      broker = starting.get();
      try (ServiceReplicas replicas =
          ServiceReplicas.start(
              2,
              Map.of(
                  "WMS_KAFKA_BOOTSTRAP_SERVERS",
                  broker.bootstrapServers(),
                  // 32 writers share one token: the per-token rate limit would refuse most.
                  "WMS_RATE_LIMIT",
                  "0"))) {
        run(broker, replicas, loadSeconds);
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  private static void run(KafkaBroker broker, ServiceReplicas replicas, int loadSeconds)
      throws Exception {
    Stock stock = new Stock(replicas.api(0));
    List<String> skus = new ArrayList<>();
    for (int i = 0; i < SKUS; i++) {
      String sku = stock.newSku("FIRE", i % 10);
      Stock.ok(stock.receive(sku, "A-01", 60));
      Stock.ok(stock.receive(sku, "B-01", 40));
      skus.add(sku);
    }
    MixedLoad load = new MixedLoad(List.of(replicas.api(0), replicas.api(1)), skus);
    CompletableFuture<Long> loading =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return load.run(WRITERS, Duration.ofSeconds(loadSeconds));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    long relayKey = EventLocks.relay("inventory");
    Thread.sleep(2_000);
    broker.kill9();
    Instant brokerDown = Instant.now();
    Thread.sleep(4_000);
    int holder = replicas.holderOf(relayKey);
    assertThat(holder).as("a replica holds the relay").isIn(0, 1);
    replicas.kill9(holder);
    Instant relayKilled = Instant.now();
    int survivor = 1 - holder;
    while (replicas.holderOf(relayKey) != survivor) {
      Thread.sleep(50);
    }
    Duration takeover = Duration.between(relayKilled, Instant.now());
    // The killed replica comes back, as a supervisor would restart it, and competes for the locks
    // again while their holders' sessions are ended at random moments.
    CompletableFuture<Void> restarting =
        CompletableFuture.runAsync(
            () -> {
              try {
                replicas.restart(holder);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    long sinkKey = EventLocks.sink("kafka:inventory");
    LockHolderKiller killer = new LockHolderKiller(replicas, List.of(relayKey, sinkKey));
    long requests;
    try {
      Thread.sleep(Math.max(0, 20_000 - Duration.between(brokerDown, Instant.now()).toMillis()));
      broker.restart();
      requests = loading.get();
      restarting.get();
    } finally {
      killer.close();
    }
    Instant loadEnded = Instant.now();

    Api api = replicas.api(survivor);
    long ledgerRows = replicas.jdbc().sql("SELECT count(*) FROM ledger").query(Long.class).single();
    Feed feed = new Feed(api);
    while (movements(feed) < ledgerRows) {
      feed.page(2);
    }
    List<JsonNode> events = feed.events();
    long lastSeq = Long.parseLong(events.get(events.size() - 1).get("sequence").asText());
    awaitKafkaCursor(replicas, lastSeq);
    Duration kafkaCatchUp = Duration.between(loadEnded, Instant.now());
    assertThat(killer.ended(0)).as("relay sessions ended at random moments").isPositive();
    assertThat(killer.ended(1)).as("Kafka sink sessions ended at random moments").isPositive();

    assertThat(events)
        .extracting(e -> Long.parseLong(e.get("sequence").asText()))
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, events.size()).mapToLong(i -> i).boxed().toList());
    assertThat(events.stream().map(Feed::id).distinct().count()).isEqualTo(events.size());
    assertInLedgerOrderPerSku(events);
    Map<String, Totals> fromFeed = rebuild(events);
    Map<String, Totals> balances = new LinkedHashMap<>();
    skus.forEach(s -> balances.put(s, new Stock(api).totals(s)));
    assertThat(fromFeed).isEqualTo(balances);
    new Stock(api).assertAuditOk();
    assertThat(EventContract.load().violations(events)).isEmpty();

    Set<String> ids = events.stream().map(Feed::id).collect(Collectors.toSet());
    List<KafkaTopic.Record> records =
        KafkaTopic.readAll(
            broker.bootstrapServers(),
            "wms.inventory.events",
            KafkaTopic.containsAll(ids),
            Duration.ofSeconds(60));
    Map<String, String> first = new HashMap<>();
    List<JsonNode> deduplicated = new ArrayList<>();
    long duplicates = 0;
    for (KafkaTopic.Record r : records) {
      String id = r.event().get("id").asText();
      assertThat(r.key()).isEqualTo(r.event().get("subject").asText());
      String seen = first.putIfAbsent(id, r.value());
      if (seen == null) {
        deduplicated.add(r.event());
      } else {
        duplicates++;
        assertThat(r.value()).as("a redelivery of %s", id).isEqualTo(seen);
      }
    }
    assertThat(first.keySet()).isEqualTo(ids);
    assertInLedgerOrderPerSku(deduplicated);
    assertThat(rebuild(deduplicated)).isEqualTo(balances);

    System.out.printf(
        "events under fire: %d requests by %d writers over 2 replicas in %d s (%d rerouted);"
            + " %d ledger rows, %d events on the feed (seq 1..%d, no gap), %d SKUs rebuilt equal"
            + " from the feed and from Kafka; Kafka: %d records, %d duplicates (exact"
            + " redeliveries); relay taken over %d ms after kill -9 of replica %d (restarted); then %d relay"
            + " and %d Kafka sink sessions ended at random moments (seed %d); Kafka sink caught"
            + " up %d ms after the load ended (the broker back after its 20 s outage)%n",
        requests,
        WRITERS,
        loadSeconds,
        load.rerouted(),
        ledgerRows,
        events.size(),
        lastSeq,
        balances.size(),
        records.size(),
        duplicates,
        takeover.toMillis(),
        holder,
        killer.ended(0),
        killer.ended(1),
        killer.seed(),
        kafkaCatchUp.toMillis());
  }

  private static long movements(Feed feed) {
    return feed.events().stream()
        .filter(
            e -> e.at("/data/movementId").isNumber() && e.get("id").asText().matches("ledger-\\d+"))
        .count();
  }

  private static void awaitKafkaCursor(ServiceReplicas replicas, long lastSeq)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      Long cursor =
          replicas
              .jdbc()
              .sql("SELECT seq FROM event_sink_cursor WHERE sink = 'kafka:inventory'")
              .query(Long.class)
              .optional()
              .orElse(0L);
      if (cursor >= lastSeq) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the Kafka sink did not catch up to " + lastSeq);
  }

  private static void assertInLedgerOrderPerSku(List<JsonNode> events) {
    Map<String, Long> last = new HashMap<>();
    for (JsonNode e : events) {
      if (!e.get("id").asText().matches("ledger-\\d+")) {
        continue;
      }
      long id = e.at("/data/movementId").asLong();
      Long before = last.put(e.get("subject").asText(), id);
      assertThat(before == null || before < id)
          .as("%s after movement %s of the same SKU", e.get("id").asText(), before)
          .isTrue();
    }
  }

  private static Map<String, Totals> rebuild(List<JsonNode> events) {
    Rebuild rebuild = new Rebuild();
    events.forEach(rebuild::apply);
    return rebuild.totals();
  }
}
