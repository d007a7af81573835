package com.wms.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One client in a closed loop of lifecycle cycles for a warm-up and a measured window. A cycle is
 * always completed (so the stock check can count whole cycles); a step's latency counts when the
 * step starts and ends inside the measured window.
 */
final class LifecycleRun {
  /** Runs cycle {@code i} and returns the duration of each step in nanoseconds. */
  interface Client extends AutoCloseable {
    long[] cycle(long i) throws Exception;

    @Override
    void close() throws Exception;
  }

  /** The outcome of one run: per-step latencies, completed cycles and the machine's state. */
  record Result(
      String label,
      long cycles,
      long measuredCycles,
      double perSecond,
      double[] p50,
      double[] p99,
      double load,
      double machineBusy,
      double jvmCores,
      double pgCores,
      String check) {

    double p50Ms(int step) {
      return p50[step];
    }

    double p99Ms(int step) {
      return p99[step];
    }

    Result withCheck(String note) {
      return new Result(
          label,
          cycles,
          measuredCycles,
          perSecond,
          p50,
          p99,
          load,
          machineBusy,
          jvmCores,
          pgCores,
          note);
    }

    String line() {
      StringBuilder steps = new StringBuilder();
      for (int s = 0; s < Lifecycle.STEPS.length; s++) {
        steps.append(String.format(" %s %.2f/%.2f", Lifecycle.STEPS[s], p50[s], p99[s]));
      }
      return String.format(
          "- %s: %.0f cycles/s; p50/p99 ms:%s; load %.2f, machine CPU %.0f%% (this JVM %.2f"
              + " cores, PostgreSQL %.2f cores); %s",
          label, perSecond, steps, load, machineBusy * 100, jvmCores, pgCores, check);
    }
  }

  private LifecycleRun() {}

  static Result run(String label, Client client, long warmupMs, long measureMs) throws Exception {
    double load = Machine.load();
    int steps = Lifecycle.STEPS.length;
    List<Latencies> latencies = new ArrayList<>();
    for (int s = 0; s < steps; s++) {
      latencies.add(new Latencies());
    }
    long start = System.nanoTime();
    long from = start + warmupMs * 1_000_000;
    long to = from + measureMs * 1_000_000;
    long cycles = 0;
    long measured = 0;
    long[] cpu0 = null;
    long jvm0 = 0;
    long pg0 = 0;
    for (long i = 0; System.nanoTime() < to; i++) {
      if (cpu0 == null && System.nanoTime() >= from) {
        cpu0 = Machine.cpuTicks();
        jvm0 = Machine.processCpuNanos();
        pg0 = Machine.postgresCpuNanos();
      }
      long t0 = System.nanoTime();
      long[] took = client.cycle(i);
      cycles++;
      long t = t0;
      boolean whole = true;
      for (int s = 0; s < steps; s++) {
        long end = t + took[s];
        if (t >= from && end <= to) {
          latencies.get(s).add(took[s]);
        } else {
          whole = false;
        }
        t = end;
      }
      if (whole) {
        measured++;
      }
    }
    long[] cpu1 = Machine.cpuTicks();
    long jvm1 = Machine.processCpuNanos();
    long pg1 = Machine.postgresCpuNanos();
    double[] p50 = new double[steps];
    double[] p99 = new double[steps];
    for (int s = 0; s < steps; s++) {
      long[] sorted = Latencies.merged(List.of(latencies.get(s)));
      p50[s] = Latencies.percentileMs(sorted, 50);
      p99[s] = Latencies.percentileMs(sorted, 99);
    }
    double seconds = measureMs / 1000.0;
    return new Result(
        label,
        cycles,
        measured,
        measured / seconds,
        p50,
        p99,
        load,
        cpu0 == null ? Double.NaN : Machine.busy(cpu0, cpu1),
        (jvm1 - jvm0) / (measureMs * 1e6),
        (pg1 - pg0) / (measureMs * 1e6),
        "");
  }
}
