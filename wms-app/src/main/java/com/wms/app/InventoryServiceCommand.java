package com.wms.app;

import com.wms.inventory.service.InventoryServiceApplication;
import com.wms.security.SecuritySettings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;

/** {@code wms inventory-service}: the production inventory service on an external PostgreSQL. */
@Command(
    name = "inventory-service",
    mixinStandardHelpOptions = true,
    description =
        "Run the inventory service against the PostgreSQL named by WMS_DB_URL,"
            + " WMS_DB_USER and WMS_DB_PASSWORD. Bearer tokens: WMS_API_TOKENS (token=role,..."
            + " with roles viewer, operator, admin) and/or WMS_API_TOKENS_FILE (one per line,"
            + " read again when it changes), or WMS_AUTH_DISABLED=true. Budgets: WMS_RATE_LIMIT,"
            + " WMS_RATE_LIMIT_WORKER (requests/s per token)."
            + " Port: $SERVER_PORT (default 8080).")
final class InventoryServiceCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Optional<String> auth = authProblem(System.getenv());
    if (auth.isPresent()) {
      System.err.println("wms inventory-service: " + auth.get());
      return 2;
    }
    ExternalDatabase db = ExternalDatabase.forCommand("inventory-service").orElse(null);
    if (db == null) {
      return 2;
    }
    new SpringApplicationBuilder(InventoryServiceApplication.class).run(db.springArgs());
    DevCommand.markRunning();
    return 0;
  }

  /**
   * Why the API may not start: no tokens in WMS_API_TOKENS or WMS_API_TOKENS_FILE (without
   * WMS_AUTH_DISABLED=true), bad ones, or a bad rate budget or CORS origin.
   */
  static Optional<String> authProblem(Map<String, String> env) {
    return SecuritySettings.startupProblem(env);
  }
}
