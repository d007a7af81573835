package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./wms} launcher itself, run by bash on a copy of the checkout's layout in which {@code
 * mvn} and {@code java} are stand-ins that only write down how they were called: when it builds,
 * and which jar and options it starts.
 */
class WmsScriptTest {
  private static final Instant NOW = Instant.now();

  /**
   * What the stand-in {@code java} does besides writing down its call when it is the class-data
   * training run: as the real one (which ends with {@code Runtime.halt}), it leaves its PostgreSQL
   * running; here a process the test started, named in the data directory's {@code postmaster.pid}.
   */
  private static final String TRAINING_LEAVES_POSTGRES_RUNNING =
      """
      case "$*" in *ArchiveClassesAtExit*)
        dir="$(echo "$*" | sed -n 's/.*--data-dir \\([^ ]*\\).*/\\1/p')"
        mkdir -p "$dir/pgdata"
        cp "$POSTGRES_PID" "$dir/pgdata/postmaster.pid"
      esac
      """;

  @TempDir Path root;
  private Path calls;
  private Path jar;

  @BeforeEach
  void aCheckoutWithABuiltJarAndItsArchive() throws IOException {
    Files.copy(Path.of("..", "wms"), root.resolve("wms"));
    calls = root.resolve("calls.txt");
    Files.createFile(calls);
    Path bin = Files.createDirectories(root.resolve("bin"));
    standIn(bin.resolve("mvn"), "mvn");
    standIn(bin.resolve("java"), "java", TRAINING_LEAVES_POSTGRES_RUNNING);
    jar = file("wms-app/target/wms.jar", Duration.ofMinutes(30));
    file("wms-app/src/main/java/com/wms/app/Main.java", Duration.ofHours(1));
    file("bench/src/main/java/com/wms/bench/Bench.java", Duration.ofHours(1));
    file("pom.xml", Duration.ofHours(1));
    file("wms-app/target/cds/app/wms.jar", Duration.ofMinutes(20));
    file("wms-app/target/cds/wms.jsa", Duration.ofMinutes(20));
  }

  @Test
  void aJarThatMavenLeftAsItWasIsNotBuiltAgainAtTheNextStart() throws Exception {
    // A source touched without a change (a checkout back and forth): Maven finds nothing to do
    // and leaves the jar's time as it was.
    touch("wms-app/src/main/java/com/wms/app/Main.java", Duration.ZERO);

    run(Map.of(), "worker");
    run(Map.of(), "worker");

    assertThat(lines("mvn ")).hasSize(1);
  }

  @Test
  void aChangedBenchmarkDoesNotRebuildTheProduct() throws Exception {
    touch("bench/src/main/java/com/wms/bench/Bench.java", Duration.ZERO);

    run(Map.of(), "worker");

    assertThat(lines("mvn ")).isEmpty();
  }

  @Test
  void theClassDataArchiveServesAPlainStart() throws Exception {
    String err = run(Map.of(), "worker");

    assertThat(lines("java ")).singleElement().asString().contains("-XX:SharedArchiveFile=");
    assertThat(err).doesNotContain("class-data archive");
  }

  @Test
  void theClassDataTrainingLeavesNoPostgresRunning() throws Exception {
    // A new build: the archive is older than the jar, so ./wms dev trains a new one first.
    touch("wms-app/target/wms.jar", Duration.ofMinutes(5));
    // A process that stops on SIGINT as PostgreSQL does, even when this JVM was started with
    // SIGINT ignored (as a background job is), which a plain sleep would inherit.
    Process postgres = new ProcessBuilder("perl", "-e", "$SIG{INT} = 'DEFAULT'; sleep 300").start();
    try {
      Path pidFile = root.resolve("postgres.pid");
      Files.writeString(pidFile, postgres.pid() + "\n");

      run(Map.of("POSTGRES_PID", pidFile.toString()), "dev");

      assertThat(lines("java ")).anyMatch(l -> l.contains("-XX:ArchiveClassesAtExit"));
      assertThat(postgres.waitFor(5, TimeUnit.SECONDS))
          .as("the training's PostgreSQL was stopped")
          .isTrue();
      assertThat(root.resolve("wms-app/target/cds/training-db")).doesNotExist();
    } finally {
      postgres.destroyForcibly();
    }
  }

  @Test
  void flightRecorderAtLaunchRunsThePlainJarAndSaysSo() throws Exception {
    String err = run(Map.of("WMS_JAVA_OPTS", "-XX:StartFlightRecording=filename=x.jfr"), "worker");

    assertThat(lines("java "))
        .singleElement()
        .asString()
        .doesNotContain("SharedArchiveFile")
        .contains("-XX:StartFlightRecording=filename=x.jfr -jar " + jar);
    assertThat(err).contains("starting without the class-data archive");
  }

  private String run(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("bash", root.resolve("wms").toString()),
                    java.util.Arrays.stream(args))
                .toList());
    builder.environment().putAll(env);
    builder.environment().remove("WMS_CDS");
    if (!env.containsKey("WMS_JAVA_OPTS")) {
      builder.environment().remove("WMS_JAVA_OPTS");
    }
    builder.environment().put("CALLS", calls.toString());
    builder
        .environment()
        .put("PATH", root.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin"));
    Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("./wms exit; stderr: %s", err).isZero();
    return err;
  }

  private List<String> lines(String prefix) throws IOException {
    return Files.readAllLines(calls).stream().filter(l -> l.startsWith(prefix)).toList();
  }

  private static void standIn(Path path, String name) throws IOException {
    standIn(path, name, "");
  }

  private static void standIn(Path path, String name, String more) throws IOException {
    Files.writeString(path, "#!/bin/sh\necho \"" + name + " $*\" >> \"$CALLS\"\n" + more);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Path file(String relative, Duration age) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, relative);
    Files.setLastModifiedTime(path, FileTime.from(NOW.minus(age)));
    return path;
  }

  private void touch(String relative, Duration age) throws IOException {
    Files.setLastModifiedTime(root.resolve(relative), FileTime.from(NOW.minus(age)));
  }
}
