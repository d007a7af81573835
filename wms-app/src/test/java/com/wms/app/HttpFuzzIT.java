package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wms.contract.ApiContract;
import com.wms.contract.ContractExtension;
import com.wms.inventory.service.support.Api;
import com.wms.inventory.service.support.TriesFrom;
import com.wms.security.ApiRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad-input fuzzing of every endpoint of the whole system (inventory and order API, one {@code wms
 * dev} context): whatever the request, the answer is never a 5xx, every refusal is
 * application/problem+json with a code, a role that may not call an endpoint never gets a 2xx, a
 * refused request (or a replay) changes nothing, the audit passes at the end, and every answer is
 * one the committed OpenAPI document describes for its operation and status.
 */
class HttpFuzzIT {
  /** Cases in {@code mvn verify}. */
  static final int CASES = 1500;

  /** The cases of this run: the long run of RELIABILITY.md sets {@code -Dwms.fuzz.cases=N}. */
  static int casesToRun() {
    return Integer.getInteger("wms.fuzz.cases", CASES);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final AtomicInteger RAN = new AtomicInteger();
  private static final Map<Integer, Integer> STATUSES = new TreeMap<>();

  private static EmbeddedDatabase db;
  private static EmbeddedTemporal temporal;
  private static ConfigurableApplicationContext app;
  private static String base;
  private static JdbcClient jdbc;
  private static FuzzFixture fixture;
  private static FuzzRequests requests;
  private static String fingerprint;
  private static long started;

  @BeforeContainer
  static void startTheSystem() throws Exception {
    db = EmbeddedDatabase.start(null);
    temporal = EmbeddedTemporal.start(0);
    app =
        DevCommand.start(
            db, temporal, 0, TestTokens.devAuth(), "wms.security.rate-limit", Api.RATE_LIMIT);
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    jdbc = app.getBean(JdbcClient.class);
    fixture = FuzzFixture.create(new Api(base));
    requests = new FuzzRequests(fixture);
    fingerprint = fixture.fingerprint(jdbc);
    started = System.nanoTime();
  }

  @AfterContainer
  static void auditAndStop() throws Exception {
    try {
      if (app != null) {
        JsonNode audit = new Api(base).get("/api/v1/audit").body();
        System.out.printf(
            "HttpFuzzIT: %d cases in %d s, responses by status %s%n",
            RAN.get(), (System.nanoTime() - started) / 1_000_000_000L, STATUSES);
        System.out.println("HttpFuzzIT: API contract: " + ApiContract.get().summary());
        assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
        // jqwik runs no JUnit Jupiter extension: the contract check of every answer, here.
        ContractExtension.assertNoViolations();
      }
    } finally {
      if (app != null) {
        app.close();
      }
      if (temporal != null) {
        temporal.close();
      }
      if (db != null) {
        db.close();
      }
    }
  }

  @Provide
  Arbitrary<FuzzRequests.Case> cases() {
    return FuzzRequests.cases();
  }

  @Property(
      tries = CASES,
      shrinking = ShrinkingMode.OFF,
      edgeCases = EdgeCasesMode.NONE,
      afterFailure = AfterFailureMode.RANDOM_SEED)
  @TriesFrom("wms.fuzz.cases")
  void badInputNeverBreaksTheApi(@ForAll("cases") FuzzRequests.Case c) throws Exception {
    FuzzRequests.Request r = requests.build(c);
    HttpResponse<byte[]> response = send(r);
    int status = response.statusCode();
    RAN.incrementAndGet();
    synchronized (STATUSES) {
      STATUSES.merge(status, 1, Integer::sum);
    }
    Statistics.label("status").collect(status / 100 == 2 ? "2xx" : String.valueOf(status));
    Statistics.label("endpoint").collect(r.endpoint());
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    String what = status + " " + contentType + " for " + r + "\n  answer: " + text(response);

    assertThat(status).as(what).isBetween(200, 499);
    JsonNode body = null;
    // Actuator's own 404 for an unknown health component has no body; it is no API refusal.
    boolean ours = r.path().startsWith("/api/") || status == 401 || status == 403 || status == 413;
    if (status >= 400 && ours) {
      assertThat(contentType).as(what).startsWith("application/problem+json");
      body = JSON.readTree(response.body());
      assertThat(body.path("code").asText()).as(what).isNotBlank();
      assertThat(body.path("status").asInt(status)).as(what).isEqualTo(status);
    } else if (contentType.contains("json") && response.body().length > 0) {
      body = JSON.readTree(response.body());
      fixture.learn(body);
    }
    if (r.path().startsWith("/api/") && !allowed(r.auth(), r.minRole())) {
      assertThat(status).as("a caller without the role got through: " + what).isGreaterThan(299);
    }
    String after = fixture.fingerprint(jdbc);
    boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
    if (status >= 400 || replayed) {
      assertThat(after)
          .as("a refused or replayed request changed the stock: " + what)
          .isEqualTo(fingerprint);
    }
    fingerprint = after;
    if (RAN.get() == casesToRun()) {
      Statistics.label("status")
          .coverage(
              check -> {
                for (String s : new String[] {"2xx", "400", "401", "403", "404", "413"}) {
                  check.check(s).count(n -> n > 0);
                }
              });
      Statistics.label("endpoint")
          .coverage(
              check -> {
                for (String endpoint : requests.endpointNames()) {
                  check.check(endpoint).count(n -> n > 0);
                }
              });
    }
  }

  private static boolean allowed(FuzzRequests.Auth auth, ApiRole needed) {
    if (needed == null) {
      return true;
    }
    ApiRole role =
        switch (auth) {
          case ADMIN -> ApiRole.ADMIN;
          case OPERATOR -> ApiRole.OPERATOR;
          case VIEWER -> ApiRole.VIEWER;
          default -> null;
        };
    return role != null && role.compareTo(needed) >= 0;
  }

  private static HttpResponse<byte[]> send(FuzzRequests.Request r)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher body =
        r.body() == null
            ? BodyPublishers.noBody()
            : r.chunked()
                ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(r.body()))
                : BodyPublishers.ofByteArray(r.body());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + r.path()))
            .timeout(Duration.ofSeconds(30))
            .method(r.method(), body);
    if (r.contentType() != null) {
      b.header("Content-Type", r.contentType());
    }
    if (r.authorization() != null) {
      b.header("Authorization", r.authorization());
    }
    if (r.idempotencyKey() != null) {
      b.header("Idempotency-Key", r.idempotencyKey());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    String s = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    return s.length() > 500 ? s.substring(0, 500) + "..." : s;
  }
}
