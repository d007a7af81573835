package com.wms.app;

import java.lang.management.ManagementFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** The banner of {@code wms dev}: where everything is, the token, the data and what to try. */
final class DevBanner {
  private DevBanner() {}

  /**
   * The console's sign-in link carrying the admin token in its fragment: a browser never sends a
   * fragment to a server (so it lands in no log), and the sign-in page drops it from the address
   * bar and the history before it signs in.
   */
  static String consoleLink(String base, String adminToken) {
    return base + "/console/sign-in#token=" + adminToken;
  }

  static Banner of(
      ConfigurableApplicationContext context,
      EmbeddedDatabase db,
      EmbeddedTemporal temporal,
      Reconciliation.Report report,
      DevAuth auth) {
    String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    long seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
    Banner banner =
        new Banner("wms dev is up (" + seconds + " s)")
            .line(
                "console",
                auth.adminToken() == null
                    ? base + "/console/ (sign in with a token of WMS_API_TOKENS)"
                    : consoleLink(base, auth.adminToken()) + " (opens it signed in as admin)")
            .line("inventory API", base + "/api/v1/inventory")
            .line("order API", base + "/api/v1/orders")
            .line("event feed", base + "/api/v1/events?after=0&wait=10")
            .line("health", base + "/actuator/health")
            .line("metrics", base + "/actuator/prometheus")
            .line("Temporal", temporal.target() + " (namespace default, task queue orchestrator)")
            .line(
                "PostgreSQL",
                "postgresql://postgres:postgres@127.0.0.1:" + db.port() + "/postgres (for psql)")
            .line(
                "data",
                db.temporary()
                    ? db.dataDir() + " (temporary, removed on exit; --data-dir DIR keeps it)"
                    : db.dataDir() + " (kept)");
    if (report.any()) {
      banner.line("reconciled", report.toString());
    }
    if (auth.adminToken() == null) {
      return banner
          .line("API tokens", "from WMS_API_TOKENS")
          .tryIt("TOKEN=<a token of WMS_API_TOKENS>")
          .tryIt("curl -s -H \"Authorization: Bearer $TOKEN\" " + base + "/api/v1/inventory");
    }
    return banner
        .line(
            "admin token", auth.adminToken() + " (in " + DevAuth.TOKEN_FILE.toAbsolutePath() + ")")
        .tryIt("TOKEN=$(cat " + DevAuth.TOKEN_FILE + ")")
        .tryIt("curl -s -H \"Authorization: Bearer $TOKEN\" " + base + "/api/v1/inventory")
        .tryIt(
            (base.endsWith(":8080") ? "./wms demo" : "./wms demo --url " + base)
                + "   drives orders through every path against this server");
  }
}
