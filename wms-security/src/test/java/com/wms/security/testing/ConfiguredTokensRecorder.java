package com.wms.security.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Test support: writes every bearer token a Spring application of a test run is configured with
 * (API tokens inline or from their file, the worker's inventory token) to {@code
 * target/test-secrets.txt} of the module under test, so that {@code SecretsInLogsIT} can look for
 * each of them in the logs of the whole run. Registered in META-INF/spring.factories of
 * wms-security's test jar, which every module with a running service has on its test classpath.
 */
public final class ConfiguredTokensRecorder
    implements ApplicationListener<ApplicationPreparedEvent> {
  /** Where the tokens of a module's test run are listed, one per line. */
  public static final String FILE = "target/test-secrets.txt";

  private static final Set<String> RECORDED = new LinkedHashSet<>();

  /** When the context is prepared: a test's dynamic properties are in its environment by then. */
  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    Environment env = event.getApplicationContext().getEnvironment();
    Set<String> tokens = new LinkedHashSet<>();
    // What the test set explicitly; a developer's own WMS_API_TOKENS is not a test's token.
    entries(env.getProperty("wms.security.api-tokens"), tokens);
    String workerToken = env.getProperty("wms.orchestrator.inventory-token");
    if (workerToken != null && !workerToken.isBlank()) {
      tokens.add(workerToken.strip());
    }
    String file = env.getProperty("wms.security.api-tokens-file");
    if (file != null && !file.isBlank() && Files.isRegularFile(Path.of(file.strip()))) {
      try {
        entries(Files.readString(Path.of(file.strip())), tokens);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    record(tokens);
  }

  /** The tokens of {@code token=role} entries separated by commas or lines. */
  static void entries(String spec, Set<String> into) {
    if (spec == null) {
      return;
    }
    for (String entry : spec.split("[,\\n]")) {
      String e = entry.strip();
      int eq = e.lastIndexOf('=');
      if (!e.startsWith("#") && eq > 0) {
        into.add(e.substring(0, eq).strip());
      }
    }
  }

  private static synchronized void record(Set<String> tokens) {
    tokens.removeAll(RECORDED);
    tokens.removeIf(String::isBlank);
    Path target = Path.of(System.getProperty("user.dir"), "target");
    if (tokens.isEmpty() || !Files.isDirectory(target)) {
      return;
    }
    RECORDED.addAll(tokens);
    try {
      Path file = target.resolve("test-secrets.txt");
      if (!Files.exists(file)) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(
          file,
          String.join("\n", tokens) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
