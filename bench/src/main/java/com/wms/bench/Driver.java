package com.wms.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs N client threads in a closed loop for a warm-up and a measured window, both bounded in time.
 * Only operations that start and end inside the window count, for throughput and latency.
 */
final class Driver {
  /** One client's operation; returns true on success. Called by one thread only. */
  interface Client extends AutoCloseable {
    boolean call(long i) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Makes client number {@code index} of a run. */
  interface ClientFactory {
    Client make(int index) throws Exception;
  }

  /** Something that watches the measured window (e.g. {@link PgWaits}); may be null. */
  interface Probe {
    void start();

    void stop() throws InterruptedException;
  }

  /** The outcome of one run. */
  record Result(
      String label,
      int clients,
      long ok,
      long failed,
      long okTotal,
      double perSecond,
      double p50Ms,
      double p99Ms,
      double load,
      double machineBusy,
      String firstFailure,
      double jvmCores,
      double pgCores) {

    Result withNote(String note) {
      return new Result(
          label,
          clients,
          ok,
          failed,
          okTotal,
          perSecond,
          p50Ms,
          p99Ms,
          load,
          machineBusy,
          note,
          jvmCores,
          pgCores);
    }
  }

  private Driver() {}

  static Result run(String label, int clients, long warmupMs, long measureMs, ClientFactory f)
      throws InterruptedException {
    return run(label, clients, warmupMs, measureMs, f, null);
  }

  static Result run(
      String label, int clients, long warmupMs, long measureMs, ClientFactory f, Probe probe)
      throws InterruptedException {
    double load = Machine.load();
    long start = System.nanoTime();
    long from = start + warmupMs * 1_000_000;
    long to = from + measureMs * 1_000_000;
    AtomicLong ok = new AtomicLong();
    AtomicLong okTotal = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<Latencies> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      Latencies mine = new Latencies();
      latencies.add(mine);
      int index = t;
      threads.add(
          new Thread(
              () -> {
                try (Client c = f.make(index)) {
                  for (long i = 0; System.nanoTime() < to; i++) {
                    long t0 = System.nanoTime();
                    boolean success = c.call(i);
                    long t1 = System.nanoTime();
                    if (success) {
                      okTotal.incrementAndGet();
                    }
                    if (t0 >= from && t1 <= to) {
                      if (success) {
                        ok.incrementAndGet();
                        mine.add(t1 - t0);
                      } else {
                        failed.incrementAndGet();
                      }
                    }
                  }
                } catch (Exception e) {
                  failed.incrementAndGet();
                  firstFailure.compareAndSet(null, e.toString());
                }
              },
              "client-" + t));
    }
    threads.forEach(Thread::start);
    Progress.until(label + " warm-up", start, from, okTotal::get);
    long[] cpu0 = Machine.cpuTicks();
    long jvm0 = Machine.processCpuNanos();
    long pg0 = Machine.postgresCpuNanos();
    if (probe != null) {
      probe.start();
    }
    Progress.until(label, from, to, ok::get);
    if (probe != null) {
      probe.stop();
    }
    long[] cpu1 = Machine.cpuTicks();
    long jvm1 = Machine.processCpuNanos();
    long pg1 = Machine.postgresCpuNanos();
    for (Thread t : threads) {
      t.join();
    }
    long[] sorted = Latencies.merged(latencies);
    return new Result(
        label,
        clients,
        ok.get(),
        failed.get(),
        okTotal.get(),
        ok.get() / (measureMs / 1000.0),
        Latencies.percentileMs(sorted, 50),
        Latencies.percentileMs(sorted, 99),
        load,
        Machine.busy(cpu0, cpu1),
        firstFailure.get(),
        (jvm1 - jvm0) / (measureMs * 1e6),
        (pg1 - pg0) / (measureMs * 1e6));
  }

  /** Records the first failure description of a client (for the report). */
  static boolean fail(AtomicReference<String> first, String what) {
    first.compareAndSet(null, what);
    return false;
  }
}
