package com.wms.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.app.SystemParts;
import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.CreateItemRequest;
import com.wms.inventory.api.ReceiveRequest;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.ReserveLine;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReserveResponse;
import com.wms.inventory.api.StageRequest;
import com.wms.inventory.client.InventoryClient;
import com.wms.inventory.client.InventoryClientConfig;
import com.wms.inventory.service.support.Api;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationInput;
import com.wms.orchestrator.cancellation.CancellationRecords.CancellationResult;
import com.wms.orchestrator.cancellation.OrderCancellationWorkflowWithAllocations;
import com.wms.orchestrator.inventory.ActivityRecords.AllocationItem;
import com.wms.orchestrator.inventory.ActivityRecords.ConfirmInventoryPickItem;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Crashes, outages and restarts against the real parts: a worker JVM killed with SIGKILL in the
 * middle of a batch, the inventory service unreachable for 30 s, PostgreSQL restarted under load.
 * Each ends by counting ledger movements per item and running the audit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {
  private static SystemParts parts;
  private static InventoryClient inventory;

  @BeforeAll
  static void start() throws Exception {
    parts = SystemParts.start();
    inventory =
        new InventoryClient(
            new InventoryClientConfig(
                parts.inventoryUrl(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Api.ADMIN_TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    parts.close();
  }

  @Test
  @Order(1)
  void aWorkerKilledInTheMiddleOfA200ItemBatchLeavesExactlyOneMovementPerItem() throws Exception {
    String order = "FAULT-KILL";
    List<ConfirmInventoryPickItem> items = seedOneUnitPerLocation(order, 200);
    WorkflowStub run;
    int atKill;
    try (WorkerProcess first =
        WorkerProcess.start(
            parts.temporalTarget(), parts.inventoryUrl(), WorkerProcess.logFile("kill-1"))) {
      run = startBulkPick(order, items);
      await(() -> movements(order, "pick") >= 40, Duration.ofSeconds(90), "40 picks");
      first.kill9();
      atKill = movements(order, "pick");
    }
    assertThat(atKill).as("the worker died mid-batch").isLessThan(200);
    try (WorkerProcess second =
        WorkerProcess.start(
            parts.temporalTarget(), parts.inventoryUrl(), WorkerProcess.logFile("kill-2"))) {
      BulkPickWorkflow.BulkPickResult result =
          run.getResult(180, TimeUnit.SECONDS, BulkPickWorkflow.BulkPickResult.class);
      assertThat(result.picked()).isEqualTo(200);
      assertThat(result.staged()).isEqualTo(200);
    }
    assertOneMovementPerReservation(order, "pick", 200);
    assertOneMovementPerReservation(order, "stage", 200);
    assertThat(parts.audit().ok()).isTrue();
  }

  @Test
  @Order(2)
  void aWorkerKilledDuringCancellationCompensationStillReturnsEveryAllocationOnce()
      throws Exception {
    String order = "FAULT-COMP";
    List<ConfirmInventoryPickItem> items = seedOneUnitPerLocation(order, 120);
    List<AllocationItem> staged = new ArrayList<>();
    for (ReservationView r : inventory.getOrderInventory(order).reservations()) {
      AllocationView a =
          inventory.stage(
              r.sku(),
              new StageRequest(r.reservationId(), "STAGE-F", "faults"),
              "stage:" + r.reservationId());
      staged.add(new AllocationItem(a.sku(), a.allocationId()));
    }
    assertThat(items).hasSize(staged.size());
    WorkflowStub run;
    try (WorkerProcess first =
        WorkerProcess.start(
            parts.temporalTarget(), parts.inventoryUrl(), WorkerProcess.logFile("comp-1"))) {
      OrderCancellationWorkflowWithAllocations wf =
          parts
              .workflows()
              .newWorkflowStub(
                  OrderCancellationWorkflowWithAllocations.class,
                  WorkflowOptions.newBuilder()
                      .setWorkflowId("cancel-" + order)
                      .setTaskQueue(BulkPickWorkflow.TASK_QUEUE)
                      .build());
      WorkflowClient.start(
          wf::cancel, new CancellationInput(order, "fault test", "faults", staged));
      run = WorkflowStub.fromTyped(wf);
      await(() -> movements(order, "return-to-shelf") >= 20, Duration.ofSeconds(90), "20 returns");
      first.kill9();
    }
    assertThat(movements(order, "return-to-shelf"))
        .as("the worker died mid-compensation")
        .isLessThan(120);
    try (WorkerProcess second =
        WorkerProcess.start(
            parts.temporalTarget(), parts.inventoryUrl(), WorkerProcess.logFile("comp-2"))) {
      CancellationResult result = run.getResult(240, TimeUnit.SECONDS, CancellationResult.class);
      assertThat(result.needsReconciliation()).isFalse();
      assertThat(result.returnedAllocations()).hasSize(120);
    }
    assertThat(
            parts
                .jdbc()
                .sql(
                    "SELECT count(*) FROM (SELECT allocation_id FROM ledger WHERE order_id = ?"
                        + " AND operation = 'return-to-shelf' GROUP BY allocation_id"
                        + " HAVING count(*) = 1) once")
                .param(order)
                .query(Integer.class)
                .single())
        .isEqualTo(120);
    assertThat(movements(order, "return-to-shelf")).isEqualTo(120);
    assertThat(parts.audit().ok()).isTrue();
  }

  @Test
  @Order(3)
  void theInventoryServiceDownFor30SecondsDelaysABatchButDuplicatesNothing() throws Exception {
    String order = "FAULT-OUT";
    List<ConfirmInventoryPickItem> items = seedOneUnitPerLocation(order, 100);
    try (FlakyProxy proxy = new FlakyProxy(parts.inventoryUrl())) {
      WorkerFactory factory = WorkerFactory.newInstance(parts.workflows());
      Worker worker = factory.newWorker(BulkPickWorkflow.TASK_QUEUE);
      FaultWorker.register(worker, proxy.baseUrl(), Duration.ofSeconds(60));
      factory.start();
      try {
        WorkflowStub run = startBulkPick(order, items);
        await(() -> movements(order, "pick") >= 20, Duration.ofSeconds(60), "20 picks");
        proxy.refuse();
        Thread.sleep(15_000);
        proxy.unavailable();
        Thread.sleep(15_000);
        int duringOutage = movements(order, "pick");
        proxy.forward();
        BulkPickWorkflow.BulkPickResult result =
            run.getResult(180, TimeUnit.SECONDS, BulkPickWorkflow.BulkPickResult.class);
        assertThat(duringOutage).as("the outage interrupted the batch").isLessThan(100);
        assertThat(result.picked()).isEqualTo(100);
        assertThat(result.staged()).isEqualTo(100);
      } finally {
        factory.shutdownNow();
        factory.awaitTermination(10, TimeUnit.SECONDS);
      }
    }
    assertOneMovementPerReservation(order, "pick", 100);
    assertOneMovementPerReservation(order, "stage", 100);
    assertThat(parts.audit().ok()).isTrue();
  }

  @Test
  @Order(4)
  void postgresRestartedUnderLoadIsReportedUnhealthyAndLosesNoAcknowledgedWrite() throws Exception {
    String sku = "FAULT-PG";
    inventory.createItem(new CreateItemRequest(sku, "Restart", 0L, 0L, List.of()), "create:" + sku);
    inventory.receive(sku, new ReceiveRequest("A-1", 100_000L, "PO-PG", null), "receive:" + sku);
    Map<String, Integer> outcome = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger sequence = new AtomicInteger();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<Thread> load = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                Instant end = Instant.now().plus(Duration.ofSeconds(90));
                while (!stop.get() && Instant.now().isBefore(end)) {
                  String id = "PG-" + sequence.incrementAndGet();
                  outcome.put(id, reserve(http, sku, id));
                }
              });
      thread.start();
      load.add(thread);
    }
    Thread.sleep(2_000);
    parts.stopDatabase();
    boolean sawDown = false;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!sawDown && Instant.now().isBefore(deadline)) {
      sawDown = health(http) == 503;
    }
    parts.startDatabase();
    await(() -> health(http) == 200, Duration.ofSeconds(60), "health UP again");
    Thread.sleep(2_000);
    stop.set(true);
    for (Thread thread : load) {
      thread.join(60_000);
    }

    assertThat(sawDown).as("health reported DOWN while PostgreSQL was stopped").isTrue();
    assertThat(outcome.values())
        .as("every answer is 200, or 503 (or no answer) while the database was gone; never 500")
        .allMatch(s -> s == 200 || s == 503 || s == -1)
        .contains(200, 503);
    // A request answered 503 either never committed or committed as the connection broke; its
    // retry with the same key must converge to exactly one reservation either way.
    Map<String, Integer> retried = new java.util.HashMap<>();
    outcome.forEach(
        (id, status) -> {
          if (status != 200) {
            retried.put(id, reserve(http, sku, id));
          }
        });
    assertThat(retried.values()).as("retries after recovery").containsOnly(200);
    Map<String, Integer> reservations = new java.util.HashMap<>();
    parts
        .jdbc()
        .sql("SELECT order_id, count(*) FROM reservation WHERE sku = ? GROUP BY order_id")
        .param(sku)
        .query(
            rs -> {
              reservations.put(rs.getString(1), rs.getInt(2));
            });
    assertThat(reservations)
        .as("one reservation per order, acknowledged or retried")
        .hasSize(outcome.size());
    assertThat(reservations.values()).containsOnly(1);
    assertThat(parts.audit().ok()).isTrue();
  }

  private static int reserve(HttpClient http, String sku, String orderId) {
    String body =
        "{\"orderId\":\"" + orderId + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(parts.inventoryUrl() + "/api/v1/inventory/reserve"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", "reserve:" + orderId)
                  .header("Authorization", "Bearer " + Api.OPERATOR_TOKEN)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int health(HttpClient http) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(parts.inventoryUrl() + "/actuator/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** One SKU with one unit at each of n locations, all reserved for the order: n reservations. */
  private static List<ConfirmInventoryPickItem> seedOneUnitPerLocation(String order, int n) {
    String sku = "SKU-" + order;
    inventory.createItem(
        new CreateItemRequest(sku, "Fault test", 0L, 0L, List.of()), "create:" + sku);
    List<ConfirmInventoryPickItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String location = String.format("L-%03d", i);
      inventory.receive(
          sku,
          new ReceiveRequest(location, 1L, "PO-" + order, null),
          "receive:" + sku + ":" + location);
      items.add(new ConfirmInventoryPickItem(sku, 1, location));
    }
    ReserveResponse reserved =
        inventory.reserve(
            new ReserveRequest(order, List.of(new ReserveLine(sku, (long) n))), "reserve:" + order);
    assertThat(reserved.reservations()).hasSize(n);
    return items;
  }

  private static WorkflowStub startBulkPick(String order, List<ConfirmInventoryPickItem> items) {
    BulkPickWorkflow wf =
        parts
            .workflows()
            .newWorkflowStub(
                BulkPickWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId("bulk-" + order)
                    .setTaskQueue(BulkPickWorkflow.TASK_QUEUE)
                    .build());
    WorkflowClient.start(wf::pickAndStage, order, items);
    return WorkflowStub.fromTyped(wf);
  }

  private static int movements(String order, String operation) {
    return parts
        .jdbc()
        .sql("SELECT count(*) FROM ledger WHERE order_id = ? AND operation = ?")
        .params(order, operation)
        .query(Integer.class)
        .single();
  }

  private static void assertOneMovementPerReservation(String order, String operation, int n) {
    List<Integer> perReservation =
        parts
            .jdbc()
            .sql(
                "SELECT count(*) FROM ledger WHERE order_id = ? AND operation = ?"
                    + " GROUP BY reservation_id")
            .params(order, operation)
            .query(Integer.class)
            .list();
    assertThat(perReservation).hasSize(n).containsOnly(1);
  }

  private static void await(BooleanSupplier condition, Duration limit, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
