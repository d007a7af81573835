package com.wms.bench;

import com.wms.app.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Target 5's second half: {@code ./wms inventory-service} from process start to {@code
 * /actuator/health} UP against an external PostgreSQL (one started here, in processes of its own,
 * as a real one would be), for one or more checkouts in turn (A B A B ...), each on a database of
 * its own that its warm-up start migrated, so every counted start is a restart of a deployed
 * service. Each start is stopped with SIGTERM and awaited before the next.
 *
 * <p>{@code bench/run service-start [--runs 5] [--checkouts /path/a,/path/b]} (default: this
 * checkout only)
 */
public final class ServiceStart {
  private ServiceStart() {}

  record Start(double readySeconds, double cpuSeconds) {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    int runs = o.integer("runs", 5);
    String root = DevProcess.root().toString();
    List<Path> checkouts = new ArrayList<>();
    for (String c : o.text("checkouts", root).split(",")) {
      checkouts.add(Path.of(c.strip()));
    }
    Report.header("./wms inventory-service: start to ready on an external PostgreSQL", o);
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null)) {
      String server = db.jdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]+/).*$", "$1");
      Map<Path, List<Start>> starts = new LinkedHashMap<>();
      for (int i = 0; i < checkouts.size(); i++) {
        Db.exec(db.jdbcUrl(), "CREATE DATABASE start_" + i);
        Path checkout = checkouts.get(i);
        Start warm = startOnce(checkout, server + "start_" + i);
        System.out.printf("%s warm-up (migrates): %.2f s%n", checkout, warm.readySeconds());
        starts.put(checkout, new ArrayList<>());
      }
      for (int run = 1; run <= runs; run++) {
        for (int i = 0; i < checkouts.size(); i++) {
          Path checkout = checkouts.get(i);
          Start s = startOnce(checkout, server + "start_" + i);
          starts.get(checkout).add(s);
          System.out.printf(
              "%s start %d: ready in %.2f s, %.2f s CPU%n",
              checkout, run, s.readySeconds(), s.cpuSeconds());
        }
      }
      System.out.println();
      System.out.println("| checkout | starts (s) | median ready | median CPU to ready |");
      System.out.println("|---|---|---|---|");
      for (Map.Entry<Path, List<Start>> e : starts.entrySet()) {
        double[] ready = e.getValue().stream().mapToDouble(Start::readySeconds).toArray();
        double[] cpu = e.getValue().stream().mapToDouble(Start::cpuSeconds).toArray();
        StringBuilder each = new StringBuilder();
        for (double r : ready) {
          each.append(each.length() == 0 ? "" : ", ").append(String.format("%.2f", r));
        }
        System.out.printf(
            "| %s | %s | %.2f s | %.2f s |%n",
            e.getKey(), each, Latencies.median(ready), Latencies.median(cpu));
      }
    }
  }

  private static Start startOnce(Path checkout, String jdbcUrl) throws Exception {
    int port = DevProcess.freePort();
    Path log = Files.createTempFile("wms-service-start-", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(checkout.resolve("wms").toString(), "inventory-service"))
            .directory(checkout.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("WMS_DB_URL", jdbcUrl);
    env.put("WMS_DB_USER", "postgres");
    env.put("WMS_DB_PASSWORD", "postgres");
    env.put("SERVER_PORT", String.valueOf(port));
    env.put("SERVER_ADDRESS", "127.0.0.1");
    env.put("WMS_API_TOKENS", Http.TOKEN + "=admin");
    long t0 = System.nanoTime();
    Process p = builder.start();
    try {
      DevProcess.awaitHealthUp(
          p, port, t0 + TimeUnit.SECONDS.toNanos(120), checkout + ": inventory-service", log);
      double ready = (System.nanoTime() - t0) / 1e9;
      double cpu = Machine.cpuNanos(p.toHandle()) / 1e9;
      return new Start(ready, cpu);
    } catch (IllegalStateException notReady) {
      throw new IllegalStateException(
          notReady.getMessage() + ":\n" + Files.readString(log), notReady);
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
      Files.deleteIfExists(log);
    }
  }
}
