package com.wms.bench;

import com.wms.orchestrator.fulfillment.WorkflowIds;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Benchmarks 3 and 5 on {@code ./wms dev} as a child process. Footprint: time to ready over several
 * starts, memory at idle and under the order load. Orders end to end: N clients place one-line
 * orders through the order API ({@code autoPack}), wait for the picking stage, report the pick, and
 * wait for the workflow to end shipped; side by side, the same N clients run a trivial workflow
 * with as many no-op activities as one order ran, on the same Temporal server.
 *
 * <p>{@code bench/run orders [--clients 16] [--reps 3] [--warmup-ms 5000] [--measure-ms 15000]
 * [--starts 3]}
 */
public final class Orders {
  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int clients = o.integer("clients", 16);
    int reps = o.integer("reps", 3);
    long warmup = o.integer("warmup-ms", 5000);
    long measure = o.integer("measure-ms", 15000);
    int starts = o.integer("starts", 3);
    int skus = 20;
    Report.header("Orders end to end and footprint", o);
    Path root = DevProcess.root();
    Path log = root.resolve("bench/target/wms-dev.log");
    Files.deleteIfExists(log);
    double[] ready = new double[starts];
    double[] readyLoad = new double[starts];
    for (int i = 0; i < starts - 1; i++) {
      readyLoad[i] = Machine.load();
      try (DevProcess dev = DevProcess.start(root, log)) {
        ready[i] = dev.readySeconds;
      }
    }
    readyLoad[starts - 1] = Machine.load();
    try (DevProcess dev = DevProcess.start(root, log)) {
      ready[starts - 1] = dev.readySeconds;
      System.out.printf("./wms dev time to ready: ");
      for (int i = 0; i < starts; i++) {
        System.out.printf("%.1f s (load %.2f)  ", ready[i], readyLoad[i]);
      }
      System.out.printf("-> median %.1f s%n", Latencies.median(ready));
      Thread.sleep(10_000);
      double idleRss = dev.jvmRssMiB();
      double idlePss = dev.treePssMiB();
      System.out.printf(
          "idle 10 s after ready: JVM RSS %.0f MiB, JVM + PostgreSQL PSS %.0f MiB (PostgreSQL"
              + " alone %.0f MiB) (load %.2f)%n",
          idleRss, idlePss, dev.postgresPssMiB(), Machine.load());
      new Orders(dev, clients, skus).run(reps, warmup, measure, idleRss, idlePss);
    }
  }

  private final DevProcess dev;
  private final int clients;
  private final int skus;
  private final AtomicReference<String> failure = new AtomicReference<>();
  private final AtomicLong ordersPlaced = new AtomicLong();
  private final AtomicLong pickReports = new AtomicLong();
  private volatile double maxRss;
  private volatile double maxPss;

  private Orders(DevProcess dev, int clients, int skus) {
    this.dev = dev;
    this.clients = clients;
    this.skus = skus;
  }

  private void run(int reps, long warmup, long measure, double idleRss, double idlePss)
      throws Exception {
    try (Http http = new Http("127.0.0.1", dev.port)) {
      for (int s = 0; s < skus; s++) {
        http.post(
            "/api/v1/inventory",
            "{\"sku\":\"OSKU-" + s + "\",\"productName\":\"bench\"}",
            "create:OSKU-" + s);
        http.post(
            "/api/v1/inventory/OSKU-" + s + "/receive",
            "{\"locationId\":\"A-01\",\"quantity\":1000000000,\"referenceId\":\"PO-1\"}",
            "receive:OSKU-" + s);
      }
    }
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget("127.0.0.1:" + dev.temporalPort)
                .build());
    WorkflowClient temporal =
        WorkflowClient.newInstance(
            stubs, WorkflowClientOptions.newBuilder().setNamespace("default").build());
    WorkerFactory factory = WorkerFactory.newInstance(temporal);
    try {
      Driver.Client probe = orderClient(temporal, -1, "probe");
      if (!probe.call(0)) {
        throw new IllegalStateException("a probe order did not ship: " + failure.get());
      }
      int[] counts = new int[ACTIONS.length];
      countActions(temporal, WorkflowIds.order("probe--1-0"), counts);
      int activities = counts[1];
      StringBuilder actions = new StringBuilder();
      for (int k = 0; k < ACTIONS.length; k++) {
        actions.append(k == 0 ? "" : ", ").append(counts[k]).append(' ').append(ACTIONS[k]);
      }
      System.out.printf(
          "Temporal actions of one single-line order (its history and its children's): %s;"
              + " the trivial workflow runs %d no-op activities in 1 workflow%n",
          actions, activities);
      Worker worker = factory.newWorker(NoopWorkflow.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(NoopWorkflow.Impl.class);
      worker.registerActivitiesImplementations(new NoopWorkflow.NoopImpl());
      factory.start();
      Thread sampler = new Thread(this::sampleMemory, "memory");
      sampler.setDaemon(true);
      Map<String, List<Driver.Result>> results = new LinkedHashMap<>();
      for (int rep = 0; rep <= reps; rep++) {
        String tag = rep == 0 ? "warm" : "r" + rep;
        failure.set(null);
        if (rep == 1) {
          sampler.start();
        }
        long[] before = dev.cpuNanos();
        long t0 = System.nanoTime();
        Driver.Result orders =
            Driver.run(
                "orders N=" + clients + " " + tag,
                clients,
                rep == 0 ? 10000 : warmup,
                rep == 0 ? 2000 : measure,
                i -> orderClient(temporal, i, tag));
        String orderFailure = failure.getAndSet(null);
        long[] mid = dev.cpuNanos();
        long t1 = System.nanoTime();
        Driver.Result noop =
            Driver.run(
                "noop N=" + clients + " " + tag,
                clients,
                rep == 0 ? 10000 : warmup,
                rep == 0 ? 2000 : measure,
                i -> noopClient(temporal, i, tag, activities));
        long[] after = dev.cpuNanos();
        long t2 = System.nanoTime();
        if (rep > 0) {
          Report.run(
              withNote(
                  orders,
                  String.format(
                      "wms dev JVM %.2f cores, its PostgreSQL %.2f cores%s",
                      (mid[0] - before[0]) / (double) (t1 - t0),
                      (mid[1] - before[1]) / (double) (t1 - t0),
                      orderFailure == null ? "" : "; first failure: " + orderFailure)));
          Report.run(
              withNote(
                  noop,
                  String.format(
                      "wms dev JVM (Temporal server) %.2f cores%s",
                      (after[0] - mid[0]) / (double) (t2 - t1),
                      failure.get() == null ? "" : "; first failure: " + failure.get())));
          results.computeIfAbsent("orders", k -> new ArrayList<>()).add(orders);
          results.computeIfAbsent("noop", k -> new ArrayList<>()).add(noop);
        }
      }
      sampler.interrupt();
      List<Driver.Result> or = results.get("orders");
      List<Driver.Result> nr = results.get("noop");
      double[] tput = new double[or.size()];
      double[] lat = new double[or.size()];
      double[] loads = new double[or.size() * 2];
      for (int i = 0; i < or.size(); i++) {
        tput[i] = or.get(i).perSecond() / nr.get(i).perSecond();
        lat[i] = or.get(i).p50Ms() / nr.get(i).p50Ms();
        loads[2 * i] = or.get(i).load();
        loads[2 * i + 1] = nr.get(i).load();
      }
      System.out.println();
      System.out.println(
          "| N | orders/s | order p50 / p99 ms | trivial workflows/s | trivial p50 / p99 ms |"
              + " orders/trivial throughput | order/trivial p50 latency | load |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      System.out.printf(
          "| %d | %.1f | %.0f / %.0f | %.1f | %.0f / %.0f | %.2f | %.2f | %.2f |%n",
          clients,
          Report.med(or, Driver.Result::perSecond),
          Report.med(or, Driver.Result::p50Ms),
          Report.med(or, Driver.Result::p99Ms),
          Report.med(nr, Driver.Result::perSecond),
          Report.med(nr, Driver.Result::p50Ms),
          Report.med(nr, Driver.Result::p99Ms),
          Latencies.median(tput),
          Latencies.median(lat),
          Latencies.median(loads));
      System.out.printf(
          "%nMemory: idle JVM RSS %.0f MiB, JVM + PostgreSQL PSS %.0f MiB; under the order and"
              + " trivial load, max JVM RSS %.0f MiB, max PSS %.0f MiB%n",
          idleRss, idlePss, maxRss, maxPss);
      System.out.printf(
          "Pick reports sent per order (the first ones answered 409 until the order reached"
              + " picking): %.1f%n",
          pickReports.get() / (double) Math.max(1, ordersPlaced.get()));
      try (Http http = new Http("127.0.0.1", dev.port)) {
        Http.Response audit = http.get("/api/v1/audit");
        System.out.println(
            "Audit: " + (audit.body().contains("\"ok\":true") ? "ok" : "FAILED " + audit.body()));
      }
    } finally {
      factory.shutdownNow();
      factory.awaitTermination(10, TimeUnit.SECONDS);
      stubs.shutdownNow();
    }
  }

  private static Driver.Result withNote(Driver.Result r, String note) {
    return r.withNote(note);
  }

  private void sampleMemory() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        maxRss = Math.max(maxRss, dev.jvmRssMiB());
        maxPss = Math.max(maxPss, dev.treePssMiB());
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What {@link #countActions} counts, in its order. */
  private static final String[] ACTIONS = {
    "workflow tasks", "activities", "child workflows", "signals", "updates", "timers"
  };

  /**
   * The Temporal actions in a workflow's history and, recursively, its children's: workflow tasks
   * scheduled, activities scheduled, children started, signals received, updates accepted, timers
   * started (in the order of {@link #ACTIONS}).
   */
  private static void countActions(WorkflowClient temporal, String workflowId, int[] counts) {
    for (HistoryEvent e : temporal.fetchHistory(workflowId).getEvents()) {
      if (e.hasWorkflowTaskScheduledEventAttributes()) {
        counts[0]++;
      }
      if (e.hasActivityTaskScheduledEventAttributes()) {
        counts[1]++;
      }
      if (e.hasWorkflowExecutionSignaledEventAttributes()) {
        counts[3]++;
      }
      if (e.hasWorkflowExecutionUpdateAcceptedEventAttributes()) {
        counts[4]++;
      }
      if (e.hasTimerStartedEventAttributes()) {
        counts[5]++;
      }
      if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
        counts[2]++;
        countActions(
            temporal,
            e.getChildWorkflowExecutionStartedEventAttributes()
                .getWorkflowExecution()
                .getWorkflowId(),
            counts);
      }
    }
  }

  private Driver.Client orderClient(WorkflowClient temporal, int index, String tag) {
    Http http = new Http("127.0.0.1", dev.port);
    String prefix = tag + "-" + index + "-";
    return new Driver.Client() {
      @Override
      public boolean call(long i) throws Exception {
        String id = prefix + i;
        String sku = "OSKU-" + ThreadLocalRandom.current().nextInt(skus);
        Http.Response placed =
            http.post(
                "/api/v1/orders",
                "{\"orderId\":\""
                    + id
                    + "\",\"customerId\":\"C-1\",\"items\":[{\"sku\":\""
                    + sku
                    + "\",\"quantity\":1}],\"autoPack\":true}",
                null);
        if (placed.status() != 202) {
          return Driver.fail(failure, "place " + placed.status() + " " + placed.body());
        }
        ordersPlaced.incrementAndGet();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long pause = 10;
        while (true) {
          pickReports.incrementAndGet();
          Http.Response pick =
              http.post(
                  "/api/v1/orders/" + id + "/pick-completed",
                  "{\"pickerId\":\"P-1\",\"pickedItems\":[{\"sku\":\""
                      + sku
                      + "\",\"quantity\":1,\"locationId\":\"A-01\",\"toteId\":\"T-1\"}],"
                      + "\"shortItems\":[]}",
                  null);
          if (pick.status() / 100 == 2) {
            break;
          }
          if (pick.status() != 409 || System.nanoTime() > deadline) {
            return Driver.fail(failure, "pick " + pick.status() + " " + pick.body());
          }
          // Not at the picking stage yet: the picker reports a moment later, backing off from
          // 10 ms to 100 ms so that the driver's retries do not become the server's main load.
          Thread.sleep(pause);
          pause = Math.min(100, pause * 2);
        }
        WorkflowStub order =
            temporal.newUntypedWorkflowStub(
                WorkflowIds.order(id), Optional.empty(), Optional.empty());
        @SuppressWarnings("unchecked")
        Map<String, Object> view = order.getResult(60, TimeUnit.SECONDS, Map.class);
        return "shipped".equals(view.get("status"))
            || Driver.fail(failure, "order ended " + view.get("status") + " " + view);
      }

      @Override
      public void close() {
        http.close();
      }
    };
  }

  private Driver.Client noopClient(WorkflowClient temporal, int index, String tag, int n) {
    String prefix = "noop-" + tag + "-" + index + "-";
    return i -> {
      NoopWorkflow w =
          temporal.newWorkflowStub(
              NoopWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue(NoopWorkflow.TASK_QUEUE)
                  .setWorkflowId(prefix + i)
                  .build());
      return w.run(n) == n * (n - 1) / 2 || Driver.fail(failure, "noop returned a wrong sum");
    };
  }
}
