package com.wms.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;

/** {@code wms worker}: the Temporal worker and the order API against a real cluster. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description =
        "Run the Temporal worker (task queue orchestrator) and the order API. Temporal:"
            + " TEMPORAL_ADDRESS (default 127.0.0.1:7233), TEMPORAL_NAMESPACE (default),"
            + " TEMPORAL_TLS_CERT/TEMPORAL_TLS_KEY or TEMPORAL_API_KEY. Inventory:"
            + " WMS_INVENTORY_URL, WMS_INVENTORY_TOKEN (a token with role admin). API tokens:"
            + " WMS_API_TOKENS (token=role,...) or WMS_AUTH_DISABLED=true. Order tables: WMS_DB_URL, WMS_DB_USER, WMS_DB_PASSWORD."
            + " Port: $SERVER_PORT (default 8080).")
final class WorkerCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Optional<String> auth = InventoryServiceCommand.authProblem(System.getenv());
    if (auth.isPresent()) {
      System.err.println("wms worker: " + auth.get());
      return 2;
    }
    ExternalDatabase db = ExternalDatabase.forCommand("worker").orElse(null);
    if (db == null) {
      return 2;
    }
    String inventoryToken = System.getenv("WMS_INVENTORY_TOKEN");
    if (inventoryToken == null || inventoryToken.isBlank()) {
      System.err.println(
          "wms worker: WMS_INVENTORY_TOKEN is not set; the inventory service refuses the"
              + " worker's calls unless its authentication is disabled");
    }
    // The inventory schema belongs to the inventory service; the worker migrates only its own
    // order tables. Its own name tells its spans and metrics from the inventory service's.
    new SpringApplicationBuilder(WorkerApplication.class)
        .run(
            db.springArgs(
                "spring.flyway.enabled", "false", "spring.application.name", "wms-worker"));
    DevCommand.markRunning();
    return 0;
  }
}
