package com.wms.app;

import com.wms.inventory.service.InventoryServiceApplication;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;

/** {@code wms inventory-service}: the production inventory service on an external PostgreSQL. */
@Command(
    name = "inventory-service",
    mixinStandardHelpOptions = true,
    description =
        "Run the inventory service against the PostgreSQL named by WMS_DB_URL,"
            + " WMS_DB_USER and WMS_DB_PASSWORD. Port: $SERVER_PORT (default 8080).")
final class InventoryServiceCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    ExternalDatabase db = ExternalDatabase.forCommand("inventory-service").orElse(null);
    if (db == null) {
      return 2;
    }
    new SpringApplicationBuilder(InventoryServiceApplication.class).run(db.springArgs());
    DevCommand.markRunning();
    return 0;
  }
}
