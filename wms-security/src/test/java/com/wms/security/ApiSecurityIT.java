package com.wms.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The security of any API built on wms-security, over real HTTP: HEAD and OPTIONS follow the rules
 * of the methods they stand for, every response carries the security headers, CORS only for the
 * configured origin, a budget per token (429 with Retry-After; the worker's larger), and tokens
 * read again from WMS_API_TOKENS_FILE without a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    classes = SecurityTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "wms.security.rate-limit=10",
      "wms.security.rate-limit-worker=1000",
      "wms.security.cors-allowed-origins=https://ops.example.com",
    })
class ApiSecurityIT {
  static final String VIEWER = "test-viewer-token-for-security-it";
  static final String OPERATOR = "test-operator-token-for-security-it";
  static final String ADMIN = "test-admin-token-for-security-it";
  static final String LIMITED = "test-limited-token-for-security-it";
  static final String WORKER = "test-worker-token-for-security-it";
  static final String FILE_KEPT = "test-file-kept-token-for-security-it";
  static final String FILE_REMOVED = "test-file-removed-token-for-security-it";
  static final String FILE_ADDED = "test-file-added-token-for-security-it";
  static final String ORIGIN = "https://ops.example.com";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TOKENS_FILE = tokensFile();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void tokens(DynamicPropertyRegistry registry) {
    registry.add(
        "wms.security.api-tokens",
        () ->
            String.join(
                ",",
                VIEWER + "=viewer",
                OPERATOR + "=operator",
                ADMIN + "=admin",
                LIMITED + "=operator",
                WORKER + "=admin:worker"));
    registry.add("wms.security.api-tokens-file", TOKENS_FILE::toString);
  }

  @Test
  void headFollowsTheGetOfItsPathAndOptionsTheWeakestRuleOfThePath() {
    Http http = http();
    HttpResponse<String> head = http.send("HEAD", "/api/v1/things/7", VIEWER);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(http.send("HEAD", "/api/v1/things/7", null).statusCode()).isEqualTo(401);
    // GET and POST share /things/{id}: whoever may call one of them may ask which there are.
    HttpResponse<String> options = http.send("OPTIONS", "/api/v1/things/7", VIEWER);
    assertThat(options.statusCode()).isEqualTo(200);
    assertThat(options.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
    // /things has only the operator's POST.
    assertProblem(http.send("OPTIONS", "/api/v1/things", VIEWER), 403, "FORBIDDEN");
    assertThat(http.send("OPTIONS", "/api/v1/things", OPERATOR).statusCode()).isEqualTo(200);
    // A path no rule names still needs the admin.
    assertProblem(http.send("HEAD", "/api/v1/unknown", OPERATOR), 403, null);
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndHtmlPagesThePolicy() {
    Http http = http();
    List<HttpResponse<String>> answers =
        List.of(
            http.send("GET", "/api/v1/things/1", VIEWER),
            http.send("GET", "/api/v1/things/1", null),
            http.post("/api/v1/things", VIEWER, "{}"),
            http.send("GET", "/api/v1/nothing-here", ADMIN),
            http.post("/api/v1/things", OPERATOR, "{\"x\":\"" + "y".repeat(70_000) + "\"}"),
            http.send("GET", "/console/page", VIEWER));
    assertThat(answers)
        .extracting(HttpResponse::statusCode)
        .containsExactly(200, 401, 403, 404, 413, 200);
    for (HttpResponse<String> r : answers) {
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("default-src 'self'", "frame-ancestors 'none'");
    }
    HttpResponse<String> own = http.send("GET", "/console/own-policy", VIEWER);
    assertThat(own.headers().allValues("Content-Security-Policy"))
        .containsExactly("default-src 'self'; style-src 'self' 'unsafe-inline'");
  }

  @Test
  void corsAnswersOnlyTheConfiguredOriginAndItsPreflightNeedsNoToken() {
    Http http = http();
    HttpResponse<String> preflight =
        http.send(
            "OPTIONS",
            "/api/v1/things",
            null,
            "Origin",
            ORIGIN,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "authorization,content-type,idempotency-key");
    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("POST");
    HttpResponse<String> get = http.send("GET", "/api/v1/things/1", VIEWER, "Origin", ORIGIN);
    assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);

    HttpResponse<String> other =
        http.send(
            "OPTIONS",
            "/api/v1/things",
            null,
            "Origin",
            "https://evil.example.net",
            "Access-Control-Request-Method",
            "POST");
    assertProblem(other, 403, "FORBIDDEN");
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> otherGet =
        http.send("GET", "/api/v1/things/1", VIEWER, "Origin", "https://evil.example.net");
    assertProblem(otherGet, 403, "FORBIDDEN");
  }

  @Test
  void aTokenOverItsBudgetGets429WithRetryAfterAndTheWorkersLargerBudgetLetsItThrough()
      throws Exception {
    List<HttpResponse<String>> limited = concurrently(40, () -> get(LIMITED));
    List<HttpResponse<String>> worker = concurrently(40, () -> get(WORKER));

    assertThat(limited.stream().filter(r -> r.statusCode() == 200).count())
        .isGreaterThanOrEqualTo(10);
    List<HttpResponse<String>> refused =
        limited.stream().filter(r -> r.statusCode() != 200).toList();
    assertThat(refused).isNotEmpty();
    for (HttpResponse<String> r : refused) {
      assertProblem(r, 429, "RATE_LIMITED");
      assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 2L);
      assertThat(r.body()).contains("operator#").doesNotContain(LIMITED);
    }
    assertThat(worker).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));

    long retryAfter = Long.parseLong(refused.get(0).headers().firstValue("Retry-After").get());
    Thread.sleep(retryAfter * 1000);
    assertThat(get(LIMITED).statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenRemovedFromTheFileIsRefusedWithinSecondsAndAnAddedOneWorksWithoutARestart(
      CapturedOutput output) throws Exception {
    Http http = http();
    assertThat(get(FILE_REMOVED).statusCode()).isEqualTo(200);
    assertThat(get(FILE_ADDED).statusCode()).isEqualTo(401);

    writeTokens(FILE_KEPT + "=viewer\n# the added one\n" + FILE_ADDED + "=viewer\n");

    long deadline = System.nanoTime() + 10_000_000_000L;
    while (get(FILE_REMOVED).statusCode() != 401 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertProblem(http.send("GET", "/api/v1/things/1", FILE_REMOVED), 401, "UNAUTHENTICATED");
    assertThat(get(FILE_ADDED).statusCode()).isEqualTo(200);
    assertThat(get(FILE_KEPT).statusCode()).isEqualTo(200);
    assertThat(get(VIEWER).statusCode()).as("a token of WMS_API_TOKENS stays").isEqualTo(200);

    // A broken file keeps the tokens in use and says where it is wrong, never which token.
    writeTokens(FILE_KEPT + "=viewer\n" + FILE_ADDED + "=emperor\n");
    deadline = System.nanoTime() + 10_000_000_000L;
    while (!output.getAll().contains("line 2 of WMS_API_TOKENS_FILE")
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(output.getAll()).contains("line 2 of WMS_API_TOKENS_FILE: unknown role");
    assertThat(get(FILE_ADDED).statusCode()).isEqualTo(200);
    assertThat(output.getAll()).doesNotContain(FILE_ADDED).doesNotContain(FILE_KEPT);
    writeTokens(FILE_KEPT + "=viewer\n" + FILE_ADDED + "=viewer\n");
  }

  private HttpResponse<String> get(String token) {
    return http().send("GET", "/api/v1/things/1", token);
  }

  private Http http() {
    return new Http(port);
  }

  private static List<HttpResponse<String>> concurrently(int n, Supplier<HttpResponse<String>> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(call::get));
      }
      List<HttpResponse<String>> results = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  static void assertProblem(HttpResponse<String> r, int status, String code) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    if (code != null) {
      try {
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("code").asText()).isEqualTo(code);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Path tokensFile() {
    try {
      Path dir = Files.createTempDirectory("wms-tokens");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("tokens");
      Files.writeString(file, FILE_KEPT + "=viewer\n" + FILE_REMOVED + "=operator\n");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the file in one step, as a secret store or `mv` does. */
  private static void writeTokens(String text) throws IOException {
    Path tmp = Files.createTempFile(TOKENS_FILE.getParent(), "tokens", ".tmp");
    Files.writeString(tmp, text);
    Files.move(
        tmp, TOKENS_FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
