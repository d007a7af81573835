package com.wms.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.app.config.Preflight;
import com.wms.app.config.Use;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wms soak}: a bounded mixed workload (receipts, orders shipped, cancelled before and after
 * staging, short picks of every strategy) with the audit every minute. It stops by itself.
 */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description =
        "Run a bounded mixed workload (receipts, orders, cancels, shortages) against ./wms dev"
            + " (--url) or a private system (--embedded), auditing every minute; exit 0 when no"
            + " audit found drift and every order ended as expected.")
final class SoakCommand implements Callable<Integer> {
  @Option(
      names = "--url",
      description = "The wms dev server (default: http://127.0.0.1:$SERVER_PORT, port 8080).")
  String url;

  @Option(
      names = "--token",
      description = "Bearer token with role admin (default: $WMS_API_TOKEN, else .wms/dev-token).")
  String token;

  @Option(names = "--embedded", description = "Start a private dev system, then stop it.")
  boolean embedded;

  @Option(names = "--minutes", defaultValue = "10", description = "Duration (default 10).")
  int minutes;

  @Option(names = "--clients", defaultValue = "4", description = "Concurrent drivers (default 4).")
  int clients;

  @ParentCommand WmsCommand wms;

  @Override
  public Integer call() throws Exception {
    Preflight.checks()
        .require(minutes >= 1 && minutes <= 120, "--minutes " + minutes + " is not from 1 to 120")
        .require(clients >= 1 && clients <= 64, "--clients " + clients + " is not from 1 to 64")
        .orFail();
    if (!embedded) {
      Map<String, String> env = wms.env();
      String base = DemoCommand.target(Use.SOAK, env, url, token);
      String bearer = token != null ? token : DemoCommand.token(env, DevAuth.TOKEN_FILE);
      Preflight.checks().check(ServerProbe.problem("soak", base, bearer)).orFail();
      return soak(base, bearer);
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null);
        EmbeddedTemporal temporal = EmbeddedTemporal.start(0);
        ConfigurableApplicationContext app = DevCommand.start(db, temporal, 0)) {
      return soak(
          "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"),
          DevCommand.adminToken(app));
    }
  }

  private int soak(String base, String bearerToken) throws InterruptedException {
    WmsHttp http = new WmsHttp(base, bearerToken);
    String run = UUID.randomUUID().toString().substring(0, 6);
    Instant start = Instant.now();
    Instant end = start.plus(Duration.ofMinutes(minutes));
    AtomicInteger rounds = new AtomicInteger();
    AtomicInteger orders = new AtomicInteger();
    AtomicInteger unexpected = new AtomicInteger();
    List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.submit(
          () -> {
            while (Instant.now().isBefore(end)) {
              DemoDriver driver =
                  new DemoDriver(http, quiet, run + "-" + client + "-" + rounds.incrementAndGet());
              try {
                driver.seed(100);
                for (DemoDriver.Outcome o : driver.runAll()) {
                  orders.incrementAndGet();
                  if (!o.asExpected()) {
                    unexpected.incrementAndGet();
                    errors.add(o.orderId() + " ended " + o.status() + ", expected " + o.expected());
                  }
                }
              } catch (RuntimeException e) {
                errors.add(e.getMessage());
              }
            }
          });
    }
    pool.shutdown();
    System.out.printf(
        "wms soak against %s: %d minute(s), %d client(s), run %s%n", base, minutes, clients, run);
    System.out.printf(
        "%6s %8s %8s %10s %12s %10s%n",
        "minute", "orders", "audit", "movements", "heap MiB", "errors");
    boolean drift = false;
    for (int minute = 1; minute <= minutes; minute++) {
      Thread.sleep(
          Math.max(
              0,
              Duration.between(Instant.now(), start.plus(Duration.ofMinutes(minute))).toMillis()));
      JsonNode audit = http.get("/api/v1/audit").body();
      boolean ok = audit != null && audit.path("ok").asBoolean(false);
      drift |= !ok;
      System.out.printf(
          "%6d %8d %8s %10d %12.1f %10d%n",
          minute,
          orders.get(),
          ok ? "OK" : "DRIFT",
          audit == null ? -1 : audit.path("movementsChecked").asLong(),
          heapMiB(http),
          errors.size());
    }
    pool.awaitTermination(5, TimeUnit.MINUTES);
    JsonNode audit = http.get("/api/v1/audit").body();
    boolean finalOk = audit != null && audit.path("ok").asBoolean(false);
    System.out.printf(
        "done: %d orders, %d unexpected outcome(s), %d error(s), final audit %s%n",
        orders.get(), unexpected.get(), errors.size(), finalOk ? "OK" : "DRIFT " + audit);
    errors.stream().limit(10).forEach(e -> System.out.println("  error: " + e));
    return !drift && finalOk && errors.isEmpty() ? 0 : 1;
  }

  /** Heap in use after asking the server's JVM for it through Actuator metrics. */
  private static double heapMiB(WmsHttp http) {
    WmsHttp.Reply r = http.get("/actuator/metrics/jvm.memory.used?tag=area:heap");
    if (!r.ok()) {
      return -1;
    }
    return r.body().path("measurements").path(0).path("value").asDouble() / (1024 * 1024);
  }
}
