package com.wms.app;

import com.wms.app.config.ConfigurationException;
import com.wms.app.config.Kind;
import com.wms.app.config.Preflight;
import com.wms.app.config.Probes;
import com.wms.app.config.Use;
import com.wms.console.ConsoleConfiguration;
import com.wms.inventory.service.InventoryServiceApplication;
import com.wms.orchestrator.worker.OrchestratorConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wms dev}: everything in one process on one machine, nothing to install: embedded
 * PostgreSQL, the Temporal test server on 127.0.0.1:7233, the inventory service, the worker, the
 * order API and the event feed on one port.
 */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description =
        "Run everything in one process: embedded PostgreSQL, Temporal test server on"
            + " 127.0.0.1:7233, inventory service, worker and order API (data removed on exit"
            + " unless --data-dir is given).")
final class DevCommand implements Callable<Integer> {
  private static final String ADMIN_TOKEN_PROPERTY = "wms.dev.admin-token";
  private static volatile boolean running;

  /**
   * Dev mode shows the libraries' warnings and errors and the system's own lines, then the banner.
   * These are defaults, so LOGGING_LEVEL_ROOT=INFO in the environment brings back every line.
   */
  private static final Map<String, Object> QUIET_LOGS =
      Map.of(
          "logging.level.root", "WARN",
          "logging.level.com.wms", "INFO",
          "spring.main.log-startup-info", "false");

  @ParentCommand WmsCommand wms;

  @Option(
      names = "--data-dir",
      description =
          "Keep the database in this directory across restarts (default: a temporary"
              + " directory removed on exit).")
  Path dataDir;

  @Option(names = "--port", description = "HTTP port (default: $SERVER_PORT or 8080).")
  Integer port;

  @Option(
      names = "--temporal-port",
      defaultValue = "7233",
      description =
          "Port of the embedded Temporal server on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int temporalPort;

  static boolean keepsRunning() {
    return running;
  }

  /** Tells main() that a server now runs and the JVM must not exit after the command returns. */
  static void markRunning() {
    running = true;
  }

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = wms.env();
    Preflight.of(Use.DEV, env)
        .option("--port", port, Kind.PORT)
        .option("--temporal-port", temporalPort, Kind.PORT)
        .check(EmbeddedDatabase.dataDirProblem(dataDir))
        .orFail();
    int httpPort = port != null ? port : Integer.parseInt(Env.get(env, "SERVER_PORT", "8080"));
    Preflight.of(Use.DEV, Map.of())
        .check(
            Probes.portInUse(
                Env.get(env, "SERVER_ADDRESS", "127.0.0.1"),
                httpPort,
                "give ./wms dev another one with --port N"))
        .check(
            Probes.portInUse(
                "127.0.0.1", temporalPort, "give ./wms dev another one with --temporal-port N"))
        .orFail();
    // One hook stops what started, in reverse order: the service before its database.
    StartedParts parts = new StartedParts();
    Runtime.getRuntime().addShutdownHook(new Thread(parts::stopAll, "wms-dev-shutdown"));
    // PostgreSQL (initdb, start) and the Temporal test server start side by side: neither needs
    // the other, and each spends much of its time waiting on its own process or sockets.
    // (A thread of its own inherits this one's context class loader, which gRPC's providers need.)
    CompletableFuture<EmbeddedTemporal> temporalStart =
        CompletableFuture.supplyAsync(
            () -> startTemporal(temporalPort),
            r -> new Thread(r, "wms-dev-temporal-start").start());
    EmbeddedDatabase db;
    try {
      db = parts.add(EmbeddedDatabase.startStoppedByCaller(dataDir));
    } finally {
      // Whatever happened to the database, a Temporal server that started is stopped on exit.
      temporalStart.thenAccept(parts::add);
    }
    EmbeddedTemporal temporal = started(temporalStart);
    DevAuth auth = DevAuth.from(env);
    ConfigurableApplicationContext context =
        parts.add(
            start(db, temporal, httpPort, auth, "spring.main.register-shutdown-hook", "false"));
    markRunning();
    Reconciliation.Report report = new Reconciliation(context).run();
    if (auth.adminToken() != null) {
      auth.writeAdminToken(DevAuth.TOKEN_FILE);
    }
    DevBanner.of(context, db, temporal, report, auth).print(System.out);
    return 0;
  }

  private static EmbeddedTemporal startTemporal(int port) {
    try {
      return EmbeddedTemporal.start(port);
    } catch (IOException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  private static EmbeddedTemporal started(CompletableFuture<EmbeddedTemporal> start)
      throws InterruptedException {
    try {
      return start.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Starts the whole system on an embedded database and Temporal with fresh tokens; port 0 picks a
   * free port. {@code moreProperties} (key, value, key, value, ...) are added to or override the
   * defaults, e.g. a webhook URL in tests. {@link #adminToken} tells the admin token.
   */
  static ConfigurableApplicationContext start(
      EmbeddedDatabase db, EmbeddedTemporal temporal, int httpPort, String... moreProperties) {
    return start(db, temporal, httpPort, DevAuth.generate(), moreProperties);
  }

  /**
   * {@link #start(EmbeddedDatabase, EmbeddedTemporal, int, String...)} with these tokens. The
   * worker and the order API reach the embedded Temporal server on gRPC's in-process transport, as
   * dev mode runs; its port stays open for clients outside this JVM.
   */
  static ConfigurableApplicationContext start(
      EmbeddedDatabase db,
      EmbeddedTemporal temporal,
      int httpPort,
      DevAuth auth,
      String... moreProperties) {
    String[] properties = Arrays.copyOf(moreProperties, moreProperties.length + 2);
    properties[moreProperties.length] = EmbeddedTemporal.IN_PROCESS_PROPERTY;
    properties[moreProperties.length + 1] = temporal.inProcessName();
    return start(db, temporal.target(), httpPort, auth, properties);
  }

  /** The admin token of a system started by {@link #start}, or null under WMS_API_TOKENS. */
  static String adminToken(ConfigurableApplicationContext context) {
    String token = context.getEnvironment().getProperty(ADMIN_TOKEN_PROPERTY, "");
    return token.isEmpty() ? null : token;
  }

  private static ConfigurableApplicationContext start(
      EmbeddedDatabase db,
      String temporalTarget,
      int httpPort,
      DevAuth auth,
      String... moreProperties) {
    int port = httpPort == 0 ? freePort() : httpPort;
    List<String> properties =
        new ArrayList<>(
            List.of(
                "server.port",
                String.valueOf(port),
                "server.address",
                Env.get("SERVER_ADDRESS", "127.0.0.1"),
                "spring.datasource.url",
                db.jdbcUrl(),
                "spring.datasource.username",
                "postgres",
                "spring.datasource.password",
                "postgres",
                "spring.main.banner-mode",
                "off",
                "wms.orchestrator.temporal-address",
                temporalTarget,
                "wms.orchestrator.temporal-namespace",
                "default",
                "wms.orchestrator.inventory-url",
                "http://127.0.0.1:" + port,
                "wms.orchestrator.inventory-token",
                auth.workerToken(),
                "wms.security.api-tokens",
                auth.apiTokens(),
                // On one's own machine the API description is open; Try it out still needs a token.
                "wms.security.api-docs-public",
                "true",
                ADMIN_TOKEN_PROPERTY,
                auth.adminToken() == null ? "" : auth.adminToken()));
    for (int i = 0; i < moreProperties.length; i += 2) {
      // A key given twice on the command line would join both values; replace instead.
      int existing = properties.indexOf(moreProperties[i]);
      if (existing >= 0 && existing % 2 == 0) {
        properties.set(existing + 1, moreProperties[i + 1]);
      } else {
        properties.add(moreProperties[i]);
        properties.add(moreProperties[i + 1]);
      }
    }
    return new SpringApplicationBuilder(
            InventoryServiceApplication.class,
            OrchestratorConfiguration.class,
            ConsoleConfiguration.class)
        .properties(QUIET_LOGS)
        .run(Args.of(properties.toArray(String[]::new)));
  }

  private static int freePort() {
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
