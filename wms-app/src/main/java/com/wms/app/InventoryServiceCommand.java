package com.wms.app;

import com.wms.app.config.Kind;
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
            + " with roles viewer, operator, admin) and/or WMS_API_TOKENS_FILE (one per line,"
            + " read again when it changes), or WMS_AUTH_DISABLED=true. Budgets: WMS_RATE_LIMIT,"
            + " WMS_RATE_LIMIT_WORKER (requests/s per token)."
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
   * Why the API may not start: no token in WMS_API_TOKENS nor WMS_API_TOKENS_FILE without
   * WMS_AUTH_DISABLED=true, or a token in both. The form of each is checked with every other
   * setting ({@link com.wms.app.config.Settings}), and not said twice here.
   */
  static Optional<String> authProblem(Map<String, String> env) {
    String tokens = env.get(ApiTokens.TOKENS_VARIABLE);
    String file = env.get(ApiTokens.FILE_VARIABLE);
    boolean eachValid =
        (tokens == null || tokens.isBlank() || Kind.API_TOKENS.problem(tokens).isEmpty())
            && (file == null || file.isBlank() || Kind.API_TOKENS_FILE.problem(file).isEmpty());
    return eachValid
        ? ApiTokens.startupProblem(
            tokens, file, "true".equalsIgnoreCase(env.get("WMS_AUTH_DISABLED")))
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
