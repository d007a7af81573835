package com.wms.app;

import com.wms.console.ConsoleConfiguration;
import com.wms.inventory.service.InventoryServiceApplication;
import com.wms.orchestrator.worker.OrchestratorConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wms dev}: everything in one process on one machine, nothing to install: embedded
 * PostgreSQL, the Temporal test server on 127.0.0.1:7233, the inventory service, the worker and the
 * order API on one port.
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
    int httpPort = port != null ? port : Integer.parseInt(Env.get("SERVER_PORT", "8080"));
    EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
    EmbeddedTemporal temporal;
    ConfigurableApplicationContext context;
    try {
      temporal = EmbeddedTemporal.start(temporalPort);
    } catch (IOException e) {
      db.close();
      System.err.println("wms dev: " + e.getMessage());
      return 2;
    }
    DevAuth auth = DevAuth.from(System.getenv());
    try {
      context = start(db, temporal.target(), httpPort, auth);
    } catch (RuntimeException e) {
      temporal.close();
      db.close();
      throw e;
    }
    markRunning();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(context, temporal, db), "wms-dev-shutdown"));
    Reconciliation.Report report = new Reconciliation(context).run();
    if (auth.adminToken() != null) {
      auth.writeAdminToken(DevAuth.TOKEN_FILE);
    }
    banner(context, db, temporal, report, auth);
    return 0;
  }

  /**
   * Starts the whole system on an embedded database and Temporal with fresh tokens; port 0 picks a
   * free port. {@code moreProperties} (key, value, key, value, ...) are added to or override the
   * defaults, e.g. a webhook URL in tests. {@link #adminToken} tells the admin token.
   */
  static ConfigurableApplicationContext start(
      EmbeddedDatabase db, String temporalTarget, int httpPort, String... moreProperties) {
    return start(db, temporalTarget, httpPort, DevAuth.generate(), moreProperties);
  }

  /** The admin token of a system started by {@link #start}, or null under WMS_API_TOKENS. */
  static String adminToken(ConfigurableApplicationContext context) {
    String token = context.getEnvironment().getProperty(ADMIN_TOKEN_PROPERTY, "");
    return token.isEmpty() ? null : token;
  }

  /** {@link #start(EmbeddedDatabase, String, int, String...)} with these tokens. */
  static ConfigurableApplicationContext start(
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
        .run(Args.of(properties.toArray(String[]::new)));
  }

  /**
   * The console's sign-in link carrying the admin token in its fragment: the browser never sends a
   * fragment to a server, and the sign-in page drops it from the address bar and history.
   */
  static String consoleLink(String base, String adminToken) {
    return base + "/console/sign-in#token=" + adminToken;
  }

  private static int freePort() {
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void stop(
      ConfigurableApplicationContext context, EmbeddedTemporal temporal, EmbeddedDatabase db) {
    context.close();
    try {
      temporal.close();
      db.close();
    } catch (IOException e) {
      System.err.println("wms dev: could not remove " + db.dataDir() + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void banner(
      ConfigurableApplicationContext context,
      EmbeddedDatabase db,
      EmbeddedTemporal temporal,
      Reconciliation.Report report,
      DevAuth auth) {
    String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    String data =
        db.temporary()
            ? "temporary " + db.dataDir() + " (removed on exit; use --data-dir DIR to keep it)"
            : db.dataDir().toString();
    System.out.println();
    System.out.println("wms dev is up");
    System.out.println(
        "  console        "
            + (auth.adminToken() != null
                ? consoleLink(base, auth.adminToken()) + "  (signs you in as admin)"
                : base + "/console/ (sign in with a token of WMS_API_TOKENS)"));
    System.out.println("  inventory API  " + base + "/api/v1/inventory");
    System.out.println("  order API      " + base + "/api/v1/orders");
    System.out.println("  health         " + base + "/actuator/health");
    System.out.println(
        "  Temporal       " + temporal.target() + " (namespace default, task queue orchestrator)");
    System.out.println("  database       embedded PostgreSQL, data in " + data);
    if (report.any()) {
      System.out.println("  reconciled     " + report);
    }
    if (auth.adminToken() != null) {
      System.out.println(
          "  admin token    " + auth.adminToken() + " (also in " + DevAuth.TOKEN_FILE + ")");
    } else {
      System.out.println("  API tokens     from WMS_API_TOKENS");
    }
    System.out.println("Try it:");
    System.out.println(
        auth.adminToken() != null
            ? "  TOKEN=$(cat " + DevAuth.TOKEN_FILE + ")"
            : "  TOKEN=<a token of WMS_API_TOKENS>");
    System.out.println(
        "  curl -s -X POST "
            + base
            + "/api/v1/inventory -H 'Content-Type: application/json'"
            + " -H \"Authorization: Bearer $TOKEN\""
            + " -d '{\"sku\":\"SKU-1\",\"productName\":\"Widget\"}'");
    System.out.println("  ./wms demo     drives orders through every path against this server");
    System.out.println("Stop with Ctrl-C.");
  }
}
