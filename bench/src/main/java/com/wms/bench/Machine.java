package com.wms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the numbers were measured on, and how busy the machine was. */
final class Machine {
  private Machine() {}

  static String describe() {
    long memKb = 0;
    String cpu = "?";
    try {
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemTotal:")) {
          memKb = Long.parseLong(l.replaceAll("\\D", ""));
        }
      }
      for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (l.startsWith("model name")) {
          cpu = l.substring(l.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException e) {
      // Not Linux: describe what the JVM knows.
    }
    return String.format(
        "%d cores (%s), %.1f GiB memory, Java %s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memKb / 1024.0 / 1024.0,
        System.getProperty("java.version"));
  }

  /** The 1-minute load average, or -1 where /proc/loadavg is missing. */
  static double load() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Busy and total jiffies of the whole machine, from /proc/stat. */
  static long[] cpuTicks() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
      String[] f = lines.get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 1};
    }
  }

  /** Share of all cores busy between two {@link #cpuTicks()} samples, 0..1. */
  static double busy(long[] before, long[] after) {
    long total = after[1] - before[1];
    return total <= 0 ? Double.NaN : (after[0] - before[0]) / (double) total;
  }

  private static volatile ProcessHandle postmaster;

  /**
   * Finds the embedded PostgreSQL of {@code jdbcUrl} (zonky starts it detached, so it is no child
   * of this JVM): the postmaster is the process whose command line has {@code -p PORT}.
   */
  static void watchPostgres(String jdbcUrl) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)/").matcher(jdbcUrl);
    if (!m.find()) {
      return;
    }
    String port = m.group(1);
    try (java.util.stream.Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
      postmaster =
          all.filter(
                  h -> {
                    String cmd = h.info().commandLine().orElse("");
                    return cmd.contains("postgres") && cmd.contains("-p " + port + " ");
                  })
              .findFirst()
              .orElse(null);
    }
  }

  /** CPU time so far of the watched PostgreSQL and all its backends, in nanoseconds. */
  static long postgresCpuNanos() {
    ProcessHandle pm = postmaster;
    if (pm == null) {
      return 0;
    }
    try (java.util.stream.Stream<ProcessHandle> d = pm.descendants()) {
      return cpuNanos(pm) + d.mapToLong(Machine::cpuNanos).sum();
    }
  }

  /** CPU time (user + system) of one process, from /proc; 0 when it is gone. */
  static long cpuNanos(ProcessHandle h) {
    try {
      String stat = Files.readString(Path.of("/proc/" + h.pid() + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** CPU time of this JVM so far, in nanoseconds. */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }
}
