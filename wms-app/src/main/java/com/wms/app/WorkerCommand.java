package com.wms.app;

import com.wms.app.config.Preflight;
import com.wms.app.config.Probes;
import com.wms.app.config.Use;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wms worker}: the Temporal worker and the order API against a real cluster. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description =
        "Run the Temporal worker (task queue orchestrator) and the order API. Temporal:"
            + " TEMPORAL_ADDRESS (default 127.0.0.1:7233), TEMPORAL_NAMESPACE (default),"
            + " TEMPORAL_TLS_CERT/TEMPORAL_TLS_KEY or TEMPORAL_API_KEY. Inventory:"
            + " WMS_INVENTORY_URL, WMS_INVENTORY_TOKEN (a token with role admin). API tokens:"
            + " WMS_API_TOKENS (token=role,...) and/or WMS_API_TOKENS_FILE, or"
            + " WMS_AUTH_DISABLED=true. Order tables:"
            + " WMS_DB_URL, WMS_DB_USER, WMS_DB_PASSWORD. Port: $SERVER_PORT (default 8080).")
final class WorkerCommand implements Callable<Integer> {
  @ParentCommand WmsCommand wms;

  @Override
  public Integer call() {
    Map<String, String> env = wms.env();
    boolean cert = !Env.get(env, "TEMPORAL_TLS_CERT", "").isEmpty();
    boolean key = !Env.get(env, "TEMPORAL_TLS_KEY", "").isEmpty();
    Preflight.of(Use.WORKER, env)
        .check(InventoryServiceCommand.authProblem(env))
        .check(ExternalDatabase.missing(env))
        .require(
            cert == key,
            "TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together: set both for mTLS, or neither")
        .orFail();
    ExternalDatabase db = ExternalDatabase.from(env);
    Preflight.checks()
        .check(InventoryServiceCommand.serverPortInUse(env))
        .check(
            Probes.unreachable(
                Env.get(env, "TEMPORAL_ADDRESS", "127.0.0.1:7233"),
                "the Temporal frontend",
                "start Temporal, or set TEMPORAL_ADDRESS to its host:port"))
        .orFail();
    db.check();
    if (Env.get(env, "WMS_INVENTORY_TOKEN", "").isEmpty()) {
      wms.spec
          .commandLine()
          .getErr()
          .println(
              "wms worker: note: WMS_INVENTORY_TOKEN is not set; the inventory service refuses"
                  + " the worker's calls unless its authentication is disabled");
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
