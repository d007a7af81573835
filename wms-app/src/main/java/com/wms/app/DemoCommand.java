package com.wms.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.app.config.Kind;
import com.wms.app.config.Preflight;
import com.wms.app.config.Use;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wms demo}: seeds stock and drives orders through every path, then audits. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Seed stock and drive orders through every path (shipped, cancelled before pick,"
            + " cancelled after staging, each shortage strategy) against a running ./wms dev, or"
            + " --embedded; prints each order's outcome, the stock balances and the audit.")
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--url",
      description = "The wms dev server (default: http://127.0.0.1:$SERVER_PORT, port 8080).")
  String url;

  @Option(
      names = "--token",
      description =
          "Bearer token with role admin (default: $WMS_API_TOKEN, else the token ./wms dev wrote"
              + " to .wms/dev-token).")
  String token;

  @Option(
      names = "--embedded",
      description = "Start a private dev system for the demo, then stop it.")
  boolean embedded;

  @ParentCommand WmsCommand wms;

  @Override
  public Integer call() throws Exception {
    if (!embedded) {
      Map<String, String> env = wms.env();
      String base = target(Use.DEMO, env, url, token);
      String bearer = token != null ? token : token(env, DevAuth.TOKEN_FILE);
      Preflight.checks().check(ServerProbe.problem("demo", base, bearer)).orFail();
      return demo(base, bearer);
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(null);
        EmbeddedTemporal temporal = EmbeddedTemporal.start(0);
        ConfigurableApplicationContext app = DevCommand.start(db, temporal, 0)) {
      return demo(
          "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"),
          DevCommand.adminToken(app));
    }
  }

  /**
   * The server a client command drives: {@code --url}, else 127.0.0.1 on SERVER_PORT (8080), after
   * checking the settings and options of {@code use}.
   */
  static String target(Use use, Map<String, String> env, String url, String token) {
    Preflight.of(use, env)
        .option("--url", url, Kind.HTTP_URL)
        .secretOption("--token", token, Kind.API_TOKEN)
        .orFail();
    return url != null ? url : "http://127.0.0.1:" + Env.get(env, "SERVER_PORT", "8080");
  }

  /** WMS_API_TOKEN, else the first line of the dev token file, else null (no token). */
  static String token(Map<String, String> env, Path file) throws IOException {
    String fromEnv = env.get("WMS_API_TOKEN");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.strip();
    }
    if (Files.isRegularFile(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    // No token: fine for a server without authentication; ServerProbe explains a 401.
    return null;
  }

  private static int demo(String base, String token) {
    WmsHttp http = new WmsHttp(base, token);
    String run = UUID.randomUUID().toString().substring(0, 6);
    DemoDriver driver = new DemoDriver(http, System.out, run);
    System.out.println("wms demo against " + base + " (run " + run + ")");
    driver.seed(100);
    System.out.println(
        "seeded "
            + driver.sku("A")
            + ", "
            + driver.sku("B")
            + ", "
            + driver.sku("C")
            + " with 100 units each at "
            + DemoDriver.LOCATION);
    List<DemoDriver.Outcome> outcomes = driver.runAll();
    System.out.println();
    System.out.printf("%-28s %-32s %-20s %-16s%n", "order", "path", "status", "strategy");
    for (DemoDriver.Outcome o : outcomes) {
      System.out.printf(
          "%-28s %-32s %-20s %-16s%n", o.orderId(), o.path(), o.status(), o.strategy());
    }
    System.out.println();
    System.out.printf(
        "%-18s %9s %9s %7s %7s %7s %8s %8s %5s%n",
        "sku", "available", "reserved", "picked", "staged", "packed", "onHand", "shipped", "lost");
    for (String letter : List.of("A", "B", "C")) {
      JsonNode t = http.get("/api/v1/inventory/" + driver.sku(letter)).body().get("totals");
      System.out.printf(
          "%-18s %9d %9d %7d %7d %7d %8d %8d %5d%n",
          driver.sku(letter),
          t.get("available").asLong(),
          t.get("reserved").asLong(),
          t.get("picked").asLong(),
          t.get("staged").asLong(),
          t.get("packed").asLong(),
          t.get("onHand").asLong(),
          t.get("shipped").asLong(),
          t.get("lost").asLong());
    }
    JsonNode audit = http.get("/api/v1/audit").body();
    boolean auditOk = audit.get("ok").asBoolean();
    System.out.println();
    System.out.println(
        "audit: "
            + (auditOk ? "OK" : "FAIL " + audit.get("problems"))
            + " ("
            + audit.get("skusChecked").asLong()
            + " SKUs, "
            + audit.get("movementsChecked").asLong()
            + " movements)");
    boolean allExpected = outcomes.stream().allMatch(DemoDriver.Outcome::asExpected);
    return auditOk && allExpected ? 0 : 1;
  }
}
