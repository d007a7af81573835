package com.wms.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.security.ApiAccessRules;
import com.wms.security.ApiRole;
import com.wms.security.ApiSecurityConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A console request by session cookie takes from its token's request budget as a bearer request
 * does, and from the same budget: the console's security chain and the API's, over real HTTP, with
 * a budget of 1 request per second. Each test spends the budget of a token of its own.
 */
@SpringBootTest(
    classes = ConsoleRateLimitIT.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "wms.security.rate-limit=1",
      "wms.security.api-tokens="
          + ConsoleRateLimitIT.PAGES
          + "=viewer,"
          + ConsoleRateLimitIT.SHARED
          + "=viewer,"
          + ConsoleRateLimitIT.POLLS
          + "=viewer"
    })
class ConsoleRateLimitIT {
  static final String PAGES = "console-rate-pages-token-0123";
  static final String SHARED = "console-rate-shared-token-0123";
  static final String POLLS = "console-rate-polls-token-0123";

  /** Far more requests in a row than a budget of 1 per second lets through. */
  private static final int AT_MOST = 20;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired SessionCookie cookies;

  @Test
  void aSignedInPersonOverTheirTokensBudgetGetsAPageSayingHowLongToWait() {
    String cookie = SessionCookie.NAME + "=" + cookies.seal(PAGES);

    HttpResponse<String> refused = untilRefused(() -> send("/console/ping", "Cookie", cookie));

    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(refused.body()).contains("RATE_LIMITED").contains("Wait 1 s");
    assertThat(refused.body()).doesNotContain(PAGES).doesNotContain(cookie);
  }

  @Test
  void theCookieAndTheBearerHeaderOfOneTokenTakeFromOneBudget() {
    untilRefused(() -> send("/api/v1/ping", "Authorization", "Bearer " + SHARED));

    HttpResponse<String> page =
        send("/console/ping", "Cookie", SessionCookie.NAME + "=" + cookies.seal(SHARED));

    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
  }

  @Test
  void anHtmxPollOverBudgetGetsAnEmptyAnswerSoTheBoardKeepsWhatItShows() {
    String cookie = SessionCookie.NAME + "=" + cookies.seal(POLLS);

    HttpResponse<String> poll =
        untilRefused(
            () ->
                send(
                    request("/console/ping")
                        .header("Cookie", cookie)
                        .header("HX-Request", "true")
                        .build()));

    assertThat(poll.body()).isEmpty();
  }

  @Test
  void requestsWithoutASignInAreNotCounted() {
    for (int i = 0; i < AT_MOST; i++) {
      HttpResponse<String> r = send("/console/ping", "Cookie", "other=1");
      assertThat(r.statusCode()).as("request %d without a sign-in", i).isEqualTo(302);
    }
  }

  /**
   * Sends until the answer is 429 (at most {@value #AT_MOST} times): every answer before it is a
   * 200, the 429 carries {@code Retry-After}. Returns the 429.
   */
  private static HttpResponse<String> untilRefused(Supplier<HttpResponse<String>> request) {
    for (int i = 0; i < AT_MOST; i++) {
      HttpResponse<String> r = request.get();
      if (r.statusCode() == 429) {
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
        return r;
      }
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    throw new AssertionError(AT_MOST + " requests in a row and none over a budget of 1 per second");
  }

  private HttpResponse<String> send(String path, String header, String value) {
    return send(request(path).header(header, value).build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10));
  }

  /**
   * The API's and the console's security, the sign-in controller (whose 429 page the console shows)
   * and one page of each; the session cookie sealed under a random secret, as a database would hold
   * it.
   */
  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
  @Import({
    ApiSecurityConfiguration.class,
    ConsoleSecurity.class,
    SignInController.class,
    App.Pages.class
  })
  static class App {
    @Bean
    SessionCookie sessionCookie() {
      byte[] secret = new byte[ConsoleSecret.BYTES];
      new SecureRandom().nextBytes(secret);
      return new SessionCookie(secret, Clock.systemUTC(), Duration.ofHours(1));
    }

    @Bean
    ApiAccessRules pingRules() {
      return ApiAccessRules.of("ping").get(ApiRole.VIEWER, "/api/v1/ping").build();
    }

    @RestController
    static class Pages {
      @GetMapping({"/console/ping", "/api/v1/ping"})
      String ping() {
        return "pong";
      }
    }
  }
}
