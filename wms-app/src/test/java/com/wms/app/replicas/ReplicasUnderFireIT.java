package com.wms.app.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.app.EmbeddedTemporal;
import com.wms.app.OrderPathLoad;
import com.wms.inventory.service.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Replicas under fire: two inventory-service JVMs and two worker JVMs on one PostgreSQL and one
 * Temporal test server, behind a load balancer; order clients drive every order path and hot-SKU
 * clients reserve one SKU as fast as they can, spread over both service replicas. Mid-load, each
 * fault cycle kills one service replica (-9; its clients move to the other), then one worker (-9,
 * while it runs a batch: a multi-item inventory activity), then terminates every database session
 * of the surviving service and worker once; a longer run restarts the killed pair and strikes the
 * other side next.
 *
 * <p>{@code mvn verify} runs one cycle. The long run (figures in RELIABILITY.md):
 *
 * <pre>
 * mvn -B -pl wms-app -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=ReplicasUnderFireIT -Dfailsafe.failIfNoSpecifiedTests=false \
 *   -Dwms.secrets-scan.skip=true -Dwms.replicas.cycles=10 -Dwms.replicas.clients=4
 * </pre>
 */
class ReplicasUnderFireIT {
  private static final int CYCLES = Integer.getInteger("wms.replicas.cycles", 1);
  private static final int CLIENTS = Integer.getInteger("wms.replicas.clients", 3);
  private static final int HOT_CLIENTS = Integer.getInteger("wms.replicas.hot-clients", 8);
  private static final int HOT_STOCK = Integer.getInteger("wms.replicas.hot-stock", 300) * CYCLES;
  private static final String HOT_SKU = "HOT-1";
  private static final Set<String> FINAL_STATUSES =
      Set.of("shipped", "partially_shipped", "backordered", "cancelled", "rejected", "failed");

  @Test
  void killedReplicasAndTerminatedSessionsLoseNoOrderNoReservationAndNoUnit() throws Exception {
    AtomicReference<WorkerReplicas> workerRef = new AtomicReference<>();
    try (ServiceReplicas services = ServiceReplicas.start(2, Map.of());
        EmbeddedTemporal temporal = EmbeddedTemporal.start(0);
        ReplicaBalancer balancer =
            new ReplicaBalancer(services::urls, () -> workerRef.get().urls());
        WorkerReplicas workers =
            WorkerReplicas.start(2, services, temporal.target(), balancer.url())) {
      workerRef.set(workers);
      Api api = new Api(balancer.url());
      seedHotSku(api);

      OrderPathLoad orders =
          OrderPathLoad.start(balancer.url(), Api.ADMIN_TOKEN, CLIENTS, Duration.ofSeconds(90));
      HotSkuReservations hot = HotSkuReservations.start(balancer.url(), HOT_SKU, HOT_CLIENTS);
      BatchesInFlight batches = new BatchesInFlight(temporal.target(), services.jdbc());
      List<String> killedIn = new ArrayList<>();
      long[] groups = new long[2];
      int terminated = 0;
      try {
        for (int cycle = 0; cycle < CYCLES; cycle++) {
          int victim = cycle % 2;
          int survivor = 1 - victim;
          int finishedBefore = orders.finished();
          await(
              () -> orders.finished() >= finishedBefore + CLIENTS,
              "orders finishing before cycle " + cycle);
          await(() -> groupCommits(services, victim) > 0, "group commits on replica " + victim);
          groups[victim] += groupCommits(services, victim);

          services.kill9(victim);
          Thread.sleep(2_000);
          long pid = workers.pid(victim);
          AtomicReference<String> batch = new AtomicReference<>();
          await(
              () -> {
                batches.runningOn(pid).ifPresent(batch::set);
                return batch.get() != null;
              },
              "a batch running on worker " + victim);
          workers.kill9(victim);
          killedIn.add(batch.get());
          Thread.sleep(2_000);
          int ended = services.terminateSessionsOf("replica-" + survivor, "worker-" + survivor);
          assertThat(ended).as("sessions of the survivors terminated").isPositive();
          terminated += ended;
          Thread.sleep(3_000);
          if (cycle + 1 < CYCLES) {
            services.restart(victim);
            workers.restart(victim);
          }
        }
      } finally {
        batches.close();
        hot.stopAndAwait();
        orders.stopAndAwait(Duration.ofMinutes(5));
      }
      int lastSurvivor = CYCLES % 2 == 1 ? 1 : 0;
      groups[lastSurvivor] += groupCommits(services, lastSurvivor);

      System.out.printf(
          "replicas under fire: %d cycle(s), %d orders in %d rounds, %d hot reservations"
              + " (%d acknowledged, %d sent again), group commits per replica %d/%d,"
              + " %d sessions terminated, workers killed while running %s%n",
          CYCLES,
          orders.finished(),
          orders.rounds(),
          hot.answers().size(),
          hot.acknowledged(),
          hot.resent(),
          groups[0],
          groups[1],
          terminated,
          killedIn);

      assertThat(orders.errors()).as("order rounds that failed").isEmpty();
      assertThat(orders.unexpectedOutcomes()).as("orders that ended off their path").isEmpty();
      assertThat(orders.finished()).isGreaterThanOrEqualTo(CLIENTS * CYCLES);
      assertEveryOrderFinal(services);
      assertEveryReservationOnce(services);
      assertHotSkuNeverOversold(services, hot, api);
      assertThat(groups[0]).as("groups committed together by replica 0's lane").isPositive();
      assertThat(groups[1]).as("groups committed together by replica 1's lane").isPositive();
      JsonNode audit = api.get("/api/v1/audit").body();
      assertThat(audit.get("ok").asBoolean()).as("audit %s", audit).isTrue();
    }
  }

  private static void seedHotSku(Api api) {
    assertThat(
            api.post("/api/v1/inventory", "{\"sku\":\"" + HOT_SKU + "\",\"productName\":\"Hot\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    "/api/v1/inventory/" + HOT_SKU + "/receive",
                    "{\"locationId\":\"H-01\",\"quantity\":"
                        + HOT_STOCK
                        + ",\"referenceId\":\"PO-HOT\"}")
                .status())
        .isEqualTo(200);
  }

  /** Every order the workers know is in a final status, none left in progress or on hold. */
  private static void assertEveryOrderFinal(ServiceReplicas services) {
    Map<String, String> open =
        services
            .jdbc()
            .sql("SELECT order_id, status FROM customer_order")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .filter(e -> !FINAL_STATUSES.contains(e.getValue()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(open).as("orders not in a final status").isEmpty();
  }

  /** Each order holds at most one reservation per SKU (the load reserves from one location). */
  private static void assertEveryReservationOnce(ServiceReplicas services) {
    List<String> doubled =
        services
            .jdbc()
            .sql(
                "SELECT order_id || ' ' || sku || ' x' || count(*) FROM reservation"
                    + " GROUP BY order_id, sku HAVING count(*) > 1")
            .query(String.class)
            .list();
    assertThat(doubled).as("reservations made twice").isEmpty();
  }

  /**
   * Every acknowledged hot reservation exists, every refused one does not, and together they never
   * exceed the stock: once one was refused for want of stock, exactly the stock was reserved.
   */
  private static void assertHotSkuNeverOversold(
      ServiceReplicas services, HotSkuReservations hot, Api api) {
    Map<String, Integer> answers = hot.answers();
    assertThat(hot.unexpected()).as("answers other than 200, 422 or unavailable").isEmpty();
    assertThat(answers.values()).as("final answers").containsOnly(200, 422);
    Set<String> acknowledged =
        answers.entrySet().stream()
            .filter(e -> e.getValue() == 200)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    Map<String, Long> reserved =
        services
            .jdbc()
            .sql("SELECT order_id, sum(quantity) FROM reservation WHERE sku = ? GROUP BY order_id")
            .param(HOT_SKU)
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(reserved.keySet()).as("hot reservations in the database").isEqualTo(acknowledged);
    assertThat(reserved.values()).containsOnly(1L);
    assertThat(acknowledged.size()).as("never more than the stock").isLessThanOrEqualTo(HOT_STOCK);
    if (answers.containsValue(422)) {
      assertThat(acknowledged).as("refused only when all was reserved").hasSize(HOT_STOCK);
    }
    JsonNode item = api.get("/api/v1/inventory/" + HOT_SKU).body();
    assertThat(item.at("/totals/available").asLong()).isEqualTo(HOT_STOCK - acknowledged.size());
    assertThat(item.at("/totals/reserved").asLong()).isEqualTo(acknowledged.size());
  }

  /** Groups of two or more reservations a replica committed together since it started. */
  private static long groupCommits(ServiceReplicas services, int replica) {
    String metrics = new Api(services.url(replica)).get("/actuator/prometheus").raw().body();
    return metrics
        .lines()
        .filter(l -> l.startsWith("wms_inventory_reserve_group_size_count"))
        .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
