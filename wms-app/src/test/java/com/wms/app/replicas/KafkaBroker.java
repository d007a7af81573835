package com.wms.app.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker (single-node KRaft, from the Kafka jars that spring-kafka-test brings) in a
 * JVM of its own, so a test can kill -9 it and start it again on the same ports and log directory,
 * as a crashed broker that comes back. Its output goes to {@code target/replicas/kafka.log}.
 */
public final class KafkaBroker implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final int port;
  private final int controllerPort;
  private Process process;

  private KafkaBroker(Path dir, int port, int controllerPort) {
    this.dir = dir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /** Starts a broker on free ports of 127.0.0.1 and waits until it answers. */
  public static KafkaBroker start() throws IOException {
    KafkaBroker broker =
        new KafkaBroker(Files.createTempDirectory("wms-kafka-"), freePort(), freePort());
    broker.launch();
    return broker;
  }

  /** {@code 127.0.0.1:port}, for {@code WMS_KAFKA_BOOTSTRAP_SERVERS}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** SIGKILL: the broker vanishes mid-request; its log stays on disk. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the Kafka broker survived SIGKILL");
    }
  }

  /** Starts the killed broker again on its ports and log directory. */
  public void restart() throws IOException {
    if (process.isAlive()) {
      throw new IllegalStateException("the Kafka broker is still running");
    }
    launch();
  }

  @Override
  public void close() throws IOException {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private void launch() throws IOException {
    Path logback = dir.resolve("logback.xml");
    Files.writeString(
        logback,
        "<configuration><appender name=\"out\" class=\"ch.qos.logback.core.ConsoleAppender\">"
            + "<encoder><pattern>%d %-5level %logger{20} %msg%n</pattern></encoder></appender>"
            + "<root level=\"WARN\"><appender-ref ref=\"out\"/></root></configuration>");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-Dlogback.configurationFile=" + logback,
            "-cp",
            System.getProperty("java.class.path"),
            KafkaBrokerMain.class.getName(),
            dir.toString(),
            String.valueOf(port),
            String.valueOf(controllerPort));
    pb.redirectErrorStream(true);
    Path dirOfLogs = Files.createDirectories(Path.of("target", "replicas"));
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dirOfLogs.resolve("kafka.log").toFile()));
    process = pb.start();
    awaitReady();
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the Kafka broker exited with "
                  + process.exitValue()
                  + "; see target/replicas/kafka.log");
        }
        try {
          admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
          return;
        } catch (Exception notYet) {
          // not listening yet
        }
      }
    }
    throw new IllegalStateException("the Kafka broker did not answer within " + START_TIMEOUT);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
