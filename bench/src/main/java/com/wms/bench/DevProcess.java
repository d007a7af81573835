package com.wms.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./wms dev} as a child process on free ports of 127.0.0.1: time to ready (until {@code
 * /actuator/health} answers UP) and memory (RSS of the JVM, and PSS of the JVM plus its embedded
 * PostgreSQL processes, which share memory and would be counted twice in RSS).
 */
final class DevProcess implements AutoCloseable {
  final Process process;
  final int port;
  final int temporalPort;
  final double readySeconds;
  private final ProcessHandle postmaster;

  private DevProcess(
      Process process, int port, int temporalPort, double readySeconds, ProcessHandle postmaster) {
    this.process = process;
    this.port = port;
    this.temporalPort = temporalPort;
    this.readySeconds = readySeconds;
    this.postmaster = postmaster;
  }

  /**
   * The embedded PostgreSQL of this dev process: zonky starts it detached (it is no child of the
   * JVM), so it is found by the data directory the banner names.
   */
  private static ProcessHandle postmaster(Path log) throws IOException {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("data in (?:temporary )?(\\S+)")
            .matcher(Files.readString(log));
    String dir = null;
    while (m.find()) {
      dir = m.group(1);
    }
    if (dir == null) {
      return null;
    }
    String needle = dir;
    try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
      return all.filter(h -> h.info().commandLine().orElse("").contains(needle + "/pgdata"))
          .findFirst()
          .orElse(null);
    }
  }

  /** CPU time so far of the dev JVM and of its PostgreSQL (with backends), in nanoseconds. */
  long[] cpuNanos() {
    long pg = 0;
    if (postmaster != null) {
      pg = Machine.cpuNanos(postmaster);
      try (Stream<ProcessHandle> d = postmaster.descendants()) {
        pg += d.mapToLong(Machine::cpuNanos).sum();
      }
    }
    return new long[] {Machine.cpuNanos(process.toHandle()), pg};
  }

  static DevProcess start(Path root, Path log) throws Exception {
    int port = freePort();
    int temporalPort = freePort();
    long t0 = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    root.resolve("wms").toString(),
                    "dev",
                    "--port",
                    String.valueOf(port),
                    "--temporal-port",
                    String.valueOf(temporalPort)))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("WMS_API_TOKENS", Http.TOKEN + "=admin");
    // The driver sends thousands of requests per second with one token: no budget.
    builder.environment().put("WMS_RATE_LIMIT", "0");
    Process p = builder.start();
    awaitHealthUp(p, port, t0 + TimeUnit.SECONDS.toNanos(180), "wms dev", log);
    double ready = (System.nanoTime() - t0) / 1e9;
    // The banner follows health UP by a moment.
    Thread.sleep(500);
    return new DevProcess(p, port, temporalPort, ready, postmaster(log));
  }

  /**
   * Polls {@code /actuator/health} on 127.0.0.1:{@code port} every 20 ms until it answers UP;
   * fails, stopping the process, when it exits or the deadline ({@link System#nanoTime()}) passes.
   */
  static void awaitHealthUp(Process p, int port, long deadline, String what, Path log)
      throws InterruptedException {
    try (Http http = new Http("127.0.0.1", port)) {
      while (true) {
        if (!p.isAlive()) {
          throw new IllegalStateException(what + " exited with " + p.exitValue() + "; see " + log);
        }
        if (System.nanoTime() > deadline) {
          p.destroyForcibly();
          throw new IllegalStateException(what + " not ready in time; see " + log);
        }
        try {
          Http.Response r = http.get("/actuator/health");
          if (r.status() == 200 && r.body().contains("\"UP\"")) {
            return;
          }
        } catch (RuntimeException e) {
          // Not listening yet.
        }
        Thread.sleep(20);
      }
    }
  }

  /** RSS of the dev JVM in MiB. */
  double jvmRssMiB() {
    return kb(process.pid(), "/status", "VmRSS:") / 1024.0;
  }

  /** PSS of the dev JVM and of its PostgreSQL (postmaster and backends) in MiB. */
  double treePssMiB() {
    long total = kb(process.pid(), "/smaps_rollup", "Pss:");
    if (postmaster != null) {
      total += kb(postmaster.pid(), "/smaps_rollup", "Pss:");
      try (Stream<ProcessHandle> d = postmaster.descendants()) {
        total += d.mapToLong(h -> kb(h.pid(), "/smaps_rollup", "Pss:")).sum();
      }
    }
    return total / 1024.0;
  }

  /** PSS of the PostgreSQL alone, in MiB (0 when it was not found). */
  double postgresPssMiB() {
    if (postmaster == null) {
      return 0;
    }
    long total = kb(postmaster.pid(), "/smaps_rollup", "Pss:");
    try (Stream<ProcessHandle> d = postmaster.descendants()) {
      total += d.mapToLong(h -> kb(h.pid(), "/smaps_rollup", "Pss:")).sum();
    }
    return total / 1024.0;
  }

  private static long kb(long pid, String file, String field) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + file))) {
        if (l.startsWith(field)) {
          return Long.parseLong(l.replaceAll("\\D", ""));
        }
      }
    } catch (IOException e) {
      // The process ended meanwhile.
    }
    return 0;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Stops it as Ctrl-C would (its shutdown hook removes the data), forcibly after 30 s. */
  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> children;
    try (Stream<ProcessHandle> d = process.descendants()) {
      children = d.toList();
    }
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    if (postmaster != null && postmaster.isAlive()) {
      // The dev shutdown hook stops its PostgreSQL; this only catches a forced stop.
      postmaster.destroy();
    }
    for (ProcessHandle h : children) {
      if (h.isAlive()) {
        h.destroyForcibly();
      }
    }
  }

  static Path root() {
    return new File(System.getProperty("user.dir")).toPath().toAbsolutePath();
  }
}
