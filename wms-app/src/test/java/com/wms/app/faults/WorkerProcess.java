package com.wms.app.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link FaultWorker} in a child JVM that the test can kill -9. */
final class WorkerProcess implements AutoCloseable {
  private final Process process;

  private WorkerProcess(Process process) {
    this.process = process;
  }

  static WorkerProcess start(String temporalTarget, String inventoryUrl, Path log)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                FaultWorker.class.getName(),
                temporalTarget,
                inventoryUrl,
                "0"));
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new WorkerProcess(pb.start());
  }

  /** SIGKILL: no shutdown hook, no graceful worker stop, in-flight activities just vanish. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill9();
    }
  }

  static Path logFile(String name) {
    File dir = new File("target/fault-workers");
    dir.mkdirs();
    return new File(dir, name + ".log").toPath();
  }
}
