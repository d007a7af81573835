package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wms command answers each configuration mistake with one line on stderr that says what is
 * wrong and how to fix it, and exit status 2, before it starts anything (nothing here may start a
 * database or a server: every case fails before that, or the test would notice the start).
 */
class ConfigurationMistakesTest {
  private static final String TOKEN = "0123456789abcdef0123";
  private static final String VIEWER_TOKEN = "viewer-token-0123456789";
  private static final String NO_DB = "jdbc:postgresql://127.0.0.1:1/wms?connectTimeout=2";

  @TempDir static Path dir;

  /** A port something listens on. */
  private static ServerSocket busy;

  /** Stands in for a reachable Temporal frontend: it accepts TCP connections. */
  private static ServerSocket temporal;

  /** Stands in for ./wms dev: 403 for the viewer token, 401 for any other. */
  private static HttpServer server;

  @BeforeAll
  static void start() throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    busy = new ServerSocket(0, 1, loopback);
    temporal = new ServerSocket(0, 50, loopback);
    server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    server.createContext(
        "/api/v1/inventory",
        exchange -> {
          boolean viewer =
              ("Bearer " + VIEWER_TOKEN)
                  .equals(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body =
              (viewer ? "{\"code\":\"FORBIDDEN\"}" : "{\"code\":\"UNAUTHENTICATED\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(viewer ? 403 : 401, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.stop(0);
    temporal.close();
    busy.close();
  }

  static Stream<Arguments> mistakes() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path cert = Files.writeString(dir.resolve("client.pem"), "PEM");
    String busyPort = String.valueOf(busy.getLocalPort());
    String stub = "http://127.0.0.1:" + server.getAddress().getPort();
    Map<String, String> service =
        Map.of(
            "WMS_DB_URL", NO_DB,
            "WMS_DB_USER", "wms",
            "WMS_DB_PASSWORD", "secret-password",
            "WMS_API_TOKENS", TOKEN + "=admin",
            "SERVER_ADDRESS", "127.0.0.1",
            "SERVER_PORT", "0");
    Map<String, String> worker =
        with(service, "TEMPORAL_ADDRESS", "127.0.0.1:" + temporal.getLocalPort());
    Map<String, String> none = Map.of();
    String dev = "dev --port 0 --temporal-port 0";
    return Stream.of(
        // dev
        mistake(
            "dev, a token too short",
            Map.of("WMS_API_TOKENS", "short=admin"),
            dev,
            "WMS_API_TOKENS is invalid",
            "at least 16"),
        mistake(
            "dev, a port that is no number",
            Map.of("SERVER_PORT", "eighty"),
            "dev",
            "SERVER_PORT=eighty is not a port number",
            "SERVER_PORT=8080"),
        mistake(
            "dev, --port out of range",
            none,
            "dev --port 70000 --temporal-port 0",
            "--port 70000 is not a port number from 0 to 65535"),
        mistake(
            "dev, --port not a number",
            none,
            "dev --port abc",
            "'abc' is not an int",
            "see wms dev --help"),
        mistake(
            "dev, the HTTP port in use",
            none,
            "dev --temporal-port 0 --port " + busyPort,
            "port " + busyPort + " on 127.0.0.1 is already in use",
            "--port N"),
        mistake(
            "dev, the Temporal port in use",
            none,
            "dev --port 0 --temporal-port " + busyPort,
            "port " + busyPort + " on 127.0.0.1 is already in use",
            "--temporal-port N"),
        mistake(
            "dev, --data-dir is a file",
            none,
            dev + " --data-dir " + file,
            "--data-dir " + file + " is not a directory"),
        mistake(
            "dev, a duration without unit",
            Map.of("WMS_PICK_TIMEOUT", "30 minutes"),
            dev,
            "WMS_PICK_TIMEOUT=30 minutes is not a duration",
            "PT30S"),
        mistake(
            "dev, a staging location with a space",
            Map.of("WMS_STAGING_LOCATION", "STAGE 1"),
            dev,
            "WMS_STAGING_LOCATION=STAGE 1 is not a location id"),
        mistake(
            "dev, a bind address that does not resolve",
            Map.of("SERVER_ADDRESS", "no-such-host.invalid"),
            dev,
            "SERVER_ADDRESS=no-such-host.invalid is not an IP address or a host name"),
        mistake(
            "dev, an unknown option",
            none,
            "dev --portt 8081",
            "Unknown option",
            "'--portt'",
            "did you mean --port"),
        // inventory-service
        mistake(
            "inventory-service, no database",
            without(service, "WMS_DB_URL"),
            "inventory-service",
            "missing environment variable(s): WMS_DB_URL",
            "./wms dev"),
        mistake(
            "inventory-service, not a PostgreSQL URL",
            with(service, "WMS_DB_URL", "jdbc:mysql://db/wms"),
            "inventory-service",
            "WMS_DB_URL=jdbc:mysql://db/wms is not a PostgreSQL JDBC URL"),
        mistake(
            "inventory-service, the database does not answer",
            service,
            "inventory-service",
            "cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/wms as wms",
            "check WMS_DB_URL, WMS_DB_USER and WMS_DB_PASSWORD"),
        mistake(
            "inventory-service, no tokens",
            without(service, "WMS_API_TOKENS"),
            "inventory-service",
            "WMS_API_TOKENS is not set",
            "WMS_AUTH_DISABLED=true"),
        mistake(
            "inventory-service, a token too short",
            with(service, "WMS_API_TOKENS", "short=admin"),
            "inventory-service",
            "WMS_API_TOKENS is invalid",
            "at least 16"),
        mistake(
            "inventory-service, a tokens file that is not there",
            with(service, "WMS_API_TOKENS_FILE", "/no/such/wms-tokens"),
            "inventory-service",
            "WMS_API_TOKENS_FILE names no readable file"),
        mistake(
            "inventory-service, a rate budget in words",
            with(service, "WMS_RATE_LIMIT", "lots"),
            "inventory-service",
            "WMS_RATE_LIMIT=lots is not a whole number of requests per second"),
        mistake(
            "inventory-service, a CORS origin with a path",
            with(service, "WMS_CORS_ALLOWED_ORIGINS", "https://ops.example.com/console"),
            "inventory-service",
            "WMS_CORS_ALLOWED_ORIGINS=https://ops.example.com/console is not a list of origins"),
        mistake(
            "inventory-service, auth disabled by a word other than true",
            with(service, "WMS_AUTH_DISABLED", "yes"),
            "inventory-service",
            "WMS_AUTH_DISABLED=yes is neither true nor false"),
        mistake(
            "inventory-service, the port in use",
            with(service, "SERVER_PORT", busyPort),
            "inventory-service",
            "port " + busyPort + " on 127.0.0.1 is already in use",
            "set SERVER_PORT to a free port"),
        mistake(
            "inventory-service, an empty pool",
            with(service, "WMS_DB_POOL_SIZE", "0"),
            "inventory-service",
            "WMS_DB_POOL_SIZE=0 is not a whole number of at least 1"),
        mistake(
            "inventory-service, a negative interval",
            with(service, "WMS_SWEEP_INTERVAL", "-PT1S"),
            "inventory-service",
            "WMS_SWEEP_INTERVAL=-PT1S is not a positive duration"),
        // worker
        mistake(
            "worker, no tokens",
            without(worker, "WMS_API_TOKENS"),
            "worker",
            "WMS_API_TOKENS is not set"),
        mistake(
            "worker, no database",
            without(worker, "WMS_DB_USER"),
            "worker",
            "missing environment variable(s): WMS_DB_USER"),
        mistake(
            "worker, a Temporal address without port",
            with(worker, "TEMPORAL_ADDRESS", "temporal.example"),
            "worker",
            "TEMPORAL_ADDRESS=temporal.example is not host:port",
            "127.0.0.1:7233"),
        mistake(
            "worker, Temporal does not answer",
            with(worker, "TEMPORAL_ADDRESS", "127.0.0.1:1"),
            "worker",
            "cannot reach the Temporal frontend at 127.0.0.1:1",
            "set TEMPORAL_ADDRESS"),
        mistake(
            "worker, a client certificate without its key",
            with(worker, "TEMPORAL_TLS_CERT", cert.toString()),
            "worker",
            "TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together"),
        mistake(
            "worker, a key file that is not there",
            with(
                with(worker, "TEMPORAL_TLS_CERT", cert.toString()),
                "TEMPORAL_TLS_KEY",
                "/no/such/key"),
            "worker",
            "TEMPORAL_TLS_KEY=/no/such/key names no readable file"),
        mistake(
            "worker, an inventory URL without scheme",
            with(worker, "WMS_INVENTORY_URL", "inventory:8080"),
            "worker",
            "WMS_INVENTORY_URL=inventory:8080 is not an http:// or https:// URL"),
        mistake(
            "worker, an inventory token too short",
            with(worker, "WMS_INVENTORY_TOKEN", "tooShort"),
            "worker",
            "WMS_INVENTORY_TOKEN is not a token"),
        mistake(
            "worker, a threshold above 1",
            with(worker, "WMS_SHORTAGE_THRESHOLD", "1.5"),
            "worker",
            "WMS_SHORTAGE_THRESHOLD=1.5 is not a number from 0 to 1"),
        mistake(
            "worker, a client timeout in Spring's style",
            with(worker, "WMS_INVENTORY_REQUEST_TIMEOUT", "10s"),
            "worker",
            "WMS_INVENTORY_REQUEST_TIMEOUT=10s is not a duration",
            "milliseconds"),
        mistake(
            "worker, the port in use",
            with(worker, "SERVER_PORT", busyPort),
            "worker",
            "port " + busyPort + " on 127.0.0.1 is already in use"),
        mistake(
            "worker, the database does not answer",
            worker,
            "worker",
            "cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/wms"),
        // audit
        mistake(
            "audit, no database",
            none,
            "audit",
            "missing environment variable(s): WMS_DB_URL",
            "WMS_DB_USER",
            "WMS_DB_PASSWORD"),
        mistake(
            "audit, a URL that is not JDBC",
            with(service, "WMS_DB_URL", "postgres://db/wms"),
            "audit",
            "WMS_DB_URL=postgres://db/wms is not a PostgreSQL JDBC URL"),
        mistake(
            "audit, the database does not answer",
            service,
            "audit",
            "cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/wms"),
        mistake(
            "audit, a data directory without a dev database",
            none,
            "audit --data-dir " + empty,
            "--data-dir " + empty + " holds no wms dev database"),
        // demo
        mistake(
            "demo, a URL without scheme",
            none,
            "demo --url 127.0.0.1:8080",
            "--url 127.0.0.1:8080 is not an http:// or https:// URL"),
        mistake(
            "demo, nothing answers",
            Map.of("WMS_API_TOKEN", TOKEN),
            "demo --url http://127.0.0.1:1",
            "nothing answers at http://127.0.0.1:1",
            "start ./wms dev",
            "--embedded"),
        mistake(
            "demo, a token the server refuses",
            Map.of("WMS_API_TOKEN", TOKEN),
            "demo --url " + stub,
            stub + " refused the token (401 UNAUTHENTICATED)",
            ".wms/dev-token"),
        mistake(
            "demo, a token that is not an admin's",
            none,
            "demo --url " + stub + " --token " + VIEWER_TOKEN,
            "the token may not create SKUs (403 FORBIDDEN)",
            "role admin"),
        mistake(
            "demo, a URL that is not the inventory API",
            Map.of("WMS_API_TOKEN", TOKEN),
            "demo --url " + stub + "/elsewhere",
            "answered 404",
            "--url"),
        mistake("demo, a malformed token", none, "demo --token tooShort", "--token is not a token"),
        mistake(
            "demo, a port that is no number",
            Map.of("SERVER_PORT", "x"),
            "demo",
            "SERVER_PORT=x is not a port number"),
        // soak
        mistake("soak, no minutes", none, "soak --minutes 0", "--minutes 0 is not from 1 to 120"),
        mistake(
            "soak, too many clients",
            none,
            "soak --clients 100",
            "--clients 100 is not from 1 to 64"),
        mistake(
            "soak, nothing answers",
            Map.of("WMS_API_TOKEN", TOKEN),
            "soak --url http://127.0.0.1:1",
            "nothing answers at http://127.0.0.1:1"),
        // the command itself and completion
        mistake("a subcommand misspelt", none, "devv", "'devv'", "did you mean dev"),
        mistake(
            "completion, an option it does not have",
            none,
            "completion --zsh",
            "Unknown option: '--zsh'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aMistakeIsOneLineThatSaysWhatIsWrongAndHowToFixItWithExitStatus2(
      String mistake, Map<String, String> env, List<String> args, List<String> says) {
    WmsCli.Result run = WmsCli.run(env, args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    String command = args.get(0).startsWith("devv") ? "wms" : "wms " + args.get(0);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith(command + ": ").contains(says);
    assertThat(run.out()).isEmpty();
    env.forEach(
        (name, value) -> {
          if (name.matches(".*(TOKEN|PASSWORD).*")) {
            assertThat(run.err()).doesNotContain(value.replaceAll("=.*", ""));
          }
        });
    int token = args.indexOf("--token");
    if (token >= 0) {
      assertThat(run.err()).doesNotContain(args.get(token + 1));
    }
  }

  @Test
  void aServiceWithNothingSetNamesEverythingMissingOnALineEach() {
    WmsCli.Result run = WmsCli.run(Map.of(), "inventory-service");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "wms inventory-service: WMS_API_TOKENS is not set: give the API its bearer tokens as"
                + " token=role pairs (roles viewer, operator, admin), e.g."
                + " WMS_API_TOKENS=\"$(openssl rand -hex 24)=admin\", or one per line in the"
                + " file named by WMS_API_TOKENS_FILE, or set WMS_AUTH_DISABLED=true to run"
                + " without authentication",
            "wms inventory-service: missing environment variable(s): WMS_DB_URL (e.g."
                + " jdbc:postgresql://db.example:5432/wms), WMS_DB_USER, WMS_DB_PASSWORD. Set"
                + " them, or run ./wms dev for the embedded database.");
  }

  @Test
  void theDemoWithoutAnyTokenSaysWhereTheTokenComesFrom() {
    String stub = "http://127.0.0.1:" + server.getAddress().getPort();

    assertThat(ServerProbe.problem("demo", stub, null))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .contains("wants a bearer token and none was found", ".wms/dev-token")
                    .contains("--token", "WMS_API_TOKEN"));
  }

  private static Arguments mistake(
      String mistake, Map<String, String> env, String args, String... says) {
    return Arguments.of(mistake, env, List.of(args.split(" ")), List.of(says));
  }

  private static Map<String, String> with(Map<String, String> env, String name, String value) {
    Map<String, String> copy = new HashMap<>(env);
    copy.put(name, value);
    return Map.copyOf(copy);
  }

  private static Map<String, String> without(Map<String, String> env, String name) {
    Map<String, String> copy = new HashMap<>(env);
    copy.remove(name);
    return Map.copyOf(copy);
  }
}
