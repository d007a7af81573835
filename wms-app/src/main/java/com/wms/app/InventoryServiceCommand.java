package com.wms.app;

import com.wms.app.config.Preflight;
import com.wms.app.config.Probes;
import com.wms.app.config.Use;
import com.wms.inventory.service.InventoryServiceApplication;
import com.wms.security.ApiTokens;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wms inventory-service}: the production inventory service on an external PostgreSQL. */
@Command(
    name = "inventory-service",
    mixinStandardHelpOptions = true,
    description =
        "Run the inventory service against the PostgreSQL named by WMS_DB_URL,"
            + " WMS_DB_USER and WMS_DB_PASSWORD. Bearer tokens: WMS_API_TOKENS (token=role,..."
            + " with roles viewer, operator, admin), or WMS_AUTH_DISABLED=true."
            + " Port: $SERVER_PORT (default 8080).")
final class InventoryServiceCommand implements Callable<Integer> {
  @ParentCommand WmsCommand wms;

  @Override
  public Integer call() {
    Map<String, String> env = wms.env();
    Preflight.of(Use.INVENTORY_SERVICE, env)
        .check(authProblem(env))
        .check(ExternalDatabase.missing(env))
        .orFail();
    ExternalDatabase db = ExternalDatabase.from(env);
    Preflight.checks().check(serverPortInUse(env)).orFail();
    db.check();
    new SpringApplicationBuilder(InventoryServiceApplication.class).run(db.springArgs());
    DevCommand.markRunning();
    return 0;
  }

  /**
   * Why the API may not start: no WMS_API_TOKENS without WMS_AUTH_DISABLED=true. The tokens' form
   * is checked with every other setting ({@link com.wms.app.config.Settings}).
   */
  static Optional<String> authProblem(Map<String, String> env) {
    String tokens = env.get("WMS_API_TOKENS");
    return tokens == null || tokens.isBlank()
        ? ApiTokens.startupProblem(tokens, "true".equalsIgnoreCase(env.get("WMS_AUTH_DISABLED")))
        : Optional.empty();
  }

  /** Why a production service could not listen on SERVER_ADDRESS:SERVER_PORT. */
  static Optional<String> serverPortInUse(Map<String, String> env) {
    return Probes.portInUse(
        Env.get(env, "SERVER_ADDRESS", "0.0.0.0"),
        Integer.parseInt(Env.get(env, "SERVER_PORT", "8080")),
        "set SERVER_PORT to a free port");
  }
}
