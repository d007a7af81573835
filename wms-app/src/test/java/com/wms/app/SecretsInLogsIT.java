package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.inventory.service.support.Api;
import com.wms.security.testing.ConfiguredTokensRecorder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No bearer token that any service of the build's test run was configured with appears in the run's
 * logs. The tokens are those {@link ConfiguredTokensRecorder} listed in each module's {@code
 * target/test-secrets.txt}; the logs are every test class's output of every module ({@code
 * target/surefire-reports} and {@code target/failsafe-reports}, where the root pom redirects it)
 * and every {@code *.log} under {@code target} (the child JVMs of the fault tests). It runs in a
 * failsafe execution of its own after every other test of the build; in a partial build it scans
 * what that build left.
 */
class SecretsInLogsIT {
  private static final String SERVICE_LOG_LINE = "API authentication on:";

  @Test
  void noConfiguredTokenAppearsInTheLogsOfTheTestRun() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    Set<String> secrets = secrets(root);
    List<Path> logs = logs(root);

    assertThat(secrets)
        .as("tokens recorded in */target/test-secrets.txt")
        .contains(Api.ADMIN_TOKEN);
    List<String> leaks = new ArrayList<>();
    boolean serviceLogsSeen = false;
    for (Path log : logs) {
      // Tokens are ASCII; ISO-8859-1 reads any byte without failing.
      String text = Files.readString(log, StandardCharsets.ISO_8859_1);
      serviceLogsSeen |= text.contains(SERVICE_LOG_LINE);
      for (String secret : secrets) {
        if (text.contains(secret)) {
          leaks.add(root.relativize(log) + " holds the token with SHA-256 " + fingerprint(secret));
        }
      }
    }
    assertThat(serviceLogsSeen)
        .as("the services' own log lines are among the scanned files (%s files)", logs.size())
        .isTrue();
    assertThat(leaks).isEmpty();
  }

  private static Set<String> secrets(Path root) throws IOException {
    Set<String> secrets = new LinkedHashSet<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.toList()) {
        Path file = module.resolve(ConfiguredTokensRecorder.FILE);
        if (Files.isRegularFile(file)) {
          Files.readAllLines(file).stream()
              .map(String::strip)
              // A configured token has at least 16 characters (ApiTokens).
              .filter(s -> s.length() >= 16)
              .forEach(secrets::add);
        }
      }
    }
    return secrets;
  }

  private static List<Path> logs(Path root) throws IOException {
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.toList()) {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(target)) {
          files.filter(Files::isRegularFile).filter(f -> isLog(target, f)).forEach(logs::add);
        }
      }
    }
    return logs;
  }

  private static boolean isLog(Path target, Path file) {
    String name = file.getFileName().toString();
    Path top = target.relativize(file).getName(0);
    boolean reports =
        top.toString().equals("surefire-reports") || top.toString().equals("failsafe-reports");
    return name.endsWith(".log")
        || (reports
            && (name.endsWith(".txt") || name.endsWith(".xml") || name.endsWith(".dumpstream")));
  }

  private static String fingerprint(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
