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
    ExternalDatabase db;
    try {
      db = ExternalDatabase.fromEnvironment();
      db.check();
    } catch (IllegalArgumentException e) {
      System.err.println("wms inventory-service: " + e.getMessage());
      return 2;
    }
    new SpringApplicationBuilder(InventoryServiceApplication.class)
        .run(
            Args.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password()));
    DevCommand.markRunning();
    return 0;
  }
}
