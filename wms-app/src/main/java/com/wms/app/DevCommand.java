package com.wms.app;

import com.wms.inventory.service.InventoryServiceApplication;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wms dev}: everything on one machine, embedded PostgreSQL, nothing to install. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description =
        "Run the inventory service on an embedded PostgreSQL (data removed on exit"
            + " unless --data-dir is given).")
final class DevCommand implements Callable<Integer> {
  private static volatile boolean running;

  @Option(
      names = "--data-dir",
      description =
          "Keep the database in this directory across restarts (default: a temporary"
              + " directory removed on exit).")
  Path dataDir;

  @Option(names = "--port", description = "HTTP port (default: $SERVER_PORT or 8080).")
  Integer port;

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
    ConfigurableApplicationContext context;
    try {
      context = start(db, httpPort);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    running = true;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  context.close();
                  try {
                    db.close();
                  } catch (java.io.IOException e) {
                    System.err.println("wms dev: could not remove " + db.dataDir() + ": " + e);
                  }
                },
                "wms-dev-shutdown"));
    banner(httpPort, db);
    return 0;
  }

  static ConfigurableApplicationContext start(EmbeddedDatabase db, int httpPort) {
    return new SpringApplicationBuilder(InventoryServiceApplication.class)
        .run(
            Args.of(
                "server.port",
                String.valueOf(httpPort),
                "server.address",
                Env.get("SERVER_ADDRESS", "127.0.0.1"),
                "spring.datasource.url",
                db.jdbcUrl(),
                "spring.datasource.username",
                "postgres",
                "spring.datasource.password",
                "postgres",
                "spring.main.banner-mode",
                "off"));
  }

  private static void banner(int port, EmbeddedDatabase db) {
    String base = "http://127.0.0.1:" + port;
    String data =
        db.temporary()
            ? "temporary " + db.dataDir() + " (removed on exit; use --data-dir DIR to keep it)"
            : db.dataDir().toString();
    System.out.println();
    System.out.println("wms dev is up");
    System.out.println("  inventory API  " + base + "/api/v1");
    System.out.println("  health         " + base + "/actuator/health");
    System.out.println("  database       embedded PostgreSQL, data in " + data);
    System.out.println("Try it:");
    System.out.println(
        "  curl -s -X POST "
            + base
            + "/api/v1/inventory -H 'Content-Type: application/json'"
            + " -d '{\"sku\":\"SKU-1\",\"productName\":\"Widget\"}'");
    System.out.println("Stop with Ctrl-C.");
  }
}
