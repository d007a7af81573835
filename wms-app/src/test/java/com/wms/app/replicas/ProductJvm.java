package com.wms.app.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One JVM of the product's jar ({@code wms-app/target/wms.jar}) running a {@code wms} command on
 * 127.0.0.1, its output appended to {@code target/replicas/<name>.log}. The replica harnesses start
 * their service and worker JVMs through it.
 */
final class ProductJvm {
  static final Path JAR = Path.of("target", "wms.jar");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;

  private ProductJvm(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts {@code wms <command>} with {@code env} (SERVER_ADDRESS and SERVER_PORT are set here) and
   * the JVM options {@code jvmOptions}; does not wait for it.
   */
  static ProductJvm launch(
      String name, String command, int port, Map<String, String> env, List<String> jvmOptions)
      throws IOException {
    requireJar();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-jar", JAR.toString(), command));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    pb.environment().put("SERVER_ADDRESS", "127.0.0.1");
    pb.environment().put("SERVER_PORT", String.valueOf(port));
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(name).toFile()));
    return new ProductJvm(name, port, pb.start());
  }

  /** Fails, saying how to build it, when the product's jar is missing. */
  static void requireJar() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath()
              + " is missing: build it first (mvn -pl wms-app -am package -DskipTests), or run"
              + " the integration tests through mvn verify, which packages before it tests");
    }
  }

  int port() {
    return port;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no graceful stop; its database sessions end with the process. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " survived SIGKILL");
    }
  }

  /** Kills without waiting long; for closing a harness. */
  void stop() {
    process.destroyForcibly();
    try {
      process.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until {@code /actuator/health} answers UP; fails with the end of its log otherwise. */
  void awaitHealthy() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    URI health = URI.create(url() + "/actuator/health");
    while (Instant.now().isBefore(deadline)) {
      if (!alive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + tail(name));
      }
      try {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    throw new IllegalStateException(name + " not healthy within " + START_TIMEOUT + tail(name));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String tail(String name) {
    try {
      List<String> lines = Files.readAllLines(logFile(name));
      return "; the end of "
          + logFile(name)
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static Path logFile(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "replicas"));
      return dir.resolve(name + ".log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
