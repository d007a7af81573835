package com.wms.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./wms dev} as a newcomer runs it: the packaged {@code wms.jar} in a child JVM, in a
 * working directory of the test's, with no WMS, server or Temporal variables set. It keeps
 * everything the process prints and reads the URLs from its banner.
 */
final class DevProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "wms.jar");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern BANNER_URL =
      Pattern.compile("inventory API\\s+(http://127\\.0\\.0\\.1:\\d+)/api/v1/inventory");

  private final Process process;
  private final List<String> out = new CopyOnWriteArrayList<>();
  private final List<String> err = new CopyOnWriteArrayList<>();
  private final Path workDir;
  private String baseUrl;

  private DevProcess(Process process, Path workDir) {
    this.process = process;
    this.workDir = workDir;
    copy(process.getInputStream(), out, "dev-stdout");
    copy(process.getErrorStream(), err, "dev-stderr");
  }

  /** Starts {@code wms dev --port 0 --temporal-port 0} in {@code workDir} and waits for it. */
  static DevProcess start(Path workDir) throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          "wms-app/target/wms.jar is missing: this test runs the packaged command, so run it"
              + " through Maven's verify phase (mvn -B verify -pl wms-app -am), which packages"
              + " first");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toAbsolutePath().toString(),
                "dev",
                "--port",
                "0",
                "--temporal-port",
                "0")
            .directory(workDir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet()
        .removeIf(
            name ->
                name.startsWith("WMS_")
                    || name.startsWith("SERVER_")
                    || name.startsWith("TEMPORAL_")
                    || name.startsWith("LOGGING_"));
    DevProcess dev = new DevProcess(pb.start(), workDir);
    dev.awaitBanner();
    return dev;
  }

  private void awaitBanner() throws InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!out.contains("Stop with Ctrl-C.")) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "wms dev did not come up; it printed:\n" + out() + "\nand on stderr:\n" + err());
      }
      Thread.sleep(200);
    }
    Matcher m = BANNER_URL.matcher(out());
    if (!m.find()) {
      throw new IllegalStateException("no inventory API URL in the banner:\n" + out());
    }
    baseUrl = m.group(1);
  }

  /** {@code http://127.0.0.1:PORT}, as the banner says. */
  String baseUrl() {
    return baseUrl;
  }

  /** The banner line with this label, without the label, e.g. {@code bannerLine("data")}. */
  String bannerLine(String label) {
    Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(label) + "\\s+(.*)$").matcher(out());
    if (!m.find()) {
      throw new IllegalStateException("no line " + label + " in the banner:\n" + out());
    }
    return m.group(1);
  }

  Path workDir() {
    return workDir;
  }

  /** Everything printed on stdout so far. */
  String out() {
    return String.join("\n", out);
  }

  /** Everything printed on stderr so far. */
  String err() {
    return String.join("\n", err);
  }

  /** The lines on stdout and stderr so far that log a warning or an error, or show a stack. */
  List<String> warningsAndErrors() {
    List<String> bad = new ArrayList<>();
    Stream.concat(out.stream(), err.stream())
        .filter(l -> l.matches(".*\\s(WARN|ERROR)\\s.*") || l.startsWith("\tat "))
        .forEach(bad::add);
    return bad;
  }

  /** Ctrl-C: SIGTERM, and the exit status once the shutdown hooks have run. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("wms dev did not stop within 60 s of SIGTERM");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  private static void copy(InputStream in, List<String> to, String name) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(to::add);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            name);
    t.setDaemon(true);
    t.start();
  }
}
