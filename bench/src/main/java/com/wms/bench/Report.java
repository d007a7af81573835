package com.wms.bench;

import com.wms.inventory.api.AuditReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Prints results as Markdown, ready for BENCHMARKS.md. */
final class Report {
  private Report() {}

  static void header(String name, Options o) {
    System.out.printf(
        "# %s%n%nmachine: %s%nstarted: %s, load average %.2f, options %s%n%n",
        name, Machine.describe(), Instant.now(), Machine.load(), o);
  }

  static void run(Driver.Result r) {
    System.out.printf(
        "- %s: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d failed, load %.2f, machine CPU %.0f%% (this"
            + " JVM %.2f cores, PostgreSQL %.2f cores), %s%n",
        r.label(),
        r.perSecond(),
        r.p50Ms(),
        r.p99Ms(),
        r.failed(),
        r.load(),
        r.machineBusy() * 100,
        r.jvmCores(),
        r.pgCores(),
        r.firstFailure());
  }

  /**
   * Median per mode and N over the repetitions, and the ratios of each mode to {@code base} and of
   * the last mode to the one before it, taken per repetition (side by side) and then the median.
   */
  static void table(
      Map<String, List<Driver.Result>> results, int[] ns, String[] modes, String base) {
    System.out.println();
    StringBuilder head = new StringBuilder("| N |");
    StringBuilder line = new StringBuilder("|---|");
    for (String m : modes) {
      head.append(' ').append(m).append(" /s | ").append(m).append(" p50 / p99 ms |");
      line.append("---|---|");
    }
    for (String m : modes) {
      if (!m.equals(base)) {
        head.append(' ').append(m).append('/').append(base).append(" |");
        line.append("---|");
      }
    }
    String last = modes[modes.length - 1];
    String before = modes[modes.length - 2];
    head.append(' ').append(last).append('/').append(before).append(" | load |");
    line.append("---|---|");
    System.out.println(head);
    System.out.println(line);
    for (int n : ns) {
      StringBuilder row = new StringBuilder("| " + n + " |");
      for (String m : modes) {
        List<Driver.Result> rs = results.get(m + "/" + n);
        row.append(String.format(" %.0f |", med(rs, Driver.Result::perSecond)));
        row.append(
            String.format(
                " %.2f / %.2f |", med(rs, Driver.Result::p50Ms), med(rs, Driver.Result::p99Ms)));
      }
      for (String m : modes) {
        if (!m.equals(base)) {
          row.append(String.format(" %.2f |", ratio(results, m, base, n)));
        }
      }
      row.append(String.format(" %.2f |", ratio(results, last, before, n)));
      double[] loads =
          results.values().stream()
              .flatMap(List::stream)
              .filter(r -> r.clients() == n)
              .mapToDouble(Driver.Result::load)
              .toArray();
      row.append(String.format(" %.2f |", Latencies.median(loads)));
      System.out.println(row);
    }
    System.out.println();
  }

  static double ratio(Map<String, List<Driver.Result>> results, String a, String b, int n) {
    List<Driver.Result> as = results.get(a + "/" + n);
    List<Driver.Result> bs = results.get(b + "/" + n);
    double[] r = new double[Math.min(as.size(), bs.size())];
    for (int i = 0; i < r.length; i++) {
      r[i] = as.get(i).perSecond() / bs.get(i).perSecond();
    }
    return Latencies.median(r);
  }

  static double med(List<Driver.Result> rs, java.util.function.ToDoubleFunction<Driver.Result> f) {
    return Latencies.median(rs.stream().mapToDouble(f).toArray());
  }

  /** Runs the product's audit over everything and reports problems outside {@code ignored}. */
  static void audit(InventoryUnderTest svc, String ignoredPrefix) throws Exception {
    try (Http http = svc.client()) {
      Http.Response r = http.get("/api/v1/audit");
      AuditReport report =
          new com.fasterxml.jackson.databind.ObjectMapper().readValue(r.body(), AuditReport.class);
      long problems =
          report.problems().stream()
              .filter(p -> ignoredPrefix == null || !p.sku().startsWith(ignoredPrefix))
              .count();
      System.out.printf(
          "%nAudit: %d SKUs, %d movements checked; %d problems%s%n",
          report.skusChecked(),
          report.movementsChecked(),
          problems,
          ignoredPrefix == null
              ? ""
              : " outside the "
                  + ignoredPrefix
                  + "* SKUs of the limit clients (those write"
                  + " ledger rows without reservation rows, by design)");
    }
  }
}
