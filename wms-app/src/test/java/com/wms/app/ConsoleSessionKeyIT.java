package com.wms.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.wms.console.signin.ConsoleSecret;
import com.wms.console.signin.SessionCookie;
import com.wms.inventory.service.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The console's session cookie key comes from a random secret in the system's database, not from
 * its configuration: another replica on that database opens the cookie a sign-in set, replicas
 * starting at once agree on one secret, and a system with the same tokens on another database has
 * another secret.
 */
class ConsoleSessionKeyIT {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final TestSystem system = TestSystem.get();

  @Test
  void anotherReplicaOnTheSameDatabaseOpensTheCookieASignInSet() throws Exception {
    String cookie = signIn(Api.VIEWER_TOKEN);

    SessionCookie replica =
        new SessionCookie(
            ConsoleSecret.load(dataSource(system.jdbcUrl())),
            Clock.systemUTC(),
            Duration.ofHours(12));

    assertThat(replica.open(cookie)).hasValue(Api.VIEWER_TOKEN);
  }

  @Test
  void replicasStartingAtOnceOnANewDatabaseAgreeOnOneRandomSecretOfItsOwn() throws Exception {
    DataSource fresh = dataSource(freshDatabase());
    List<byte[]> secrets;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<byte[]>> starts =
          IntStream.range(0, 4)
              .<Callable<byte[]>>mapToObj(i -> () -> ConsoleSecret.load(fresh))
              .toList();
      secrets = pool.invokeAll(starts).stream().map(ConsoleSessionKeyIT::get).toList();
    } finally {
      pool.shutdownNow();
    }

    assertThat(secrets).allSatisfy(s -> assertThat(s).hasSize(32).isEqualTo(secrets.get(0)));
    assertThat(secrets.get(0))
        .as("the same tokens on another database give another secret")
        .isNotEqualTo(ConsoleSecret.load(dataSource(system.jdbcUrl())));
    SessionCookie otherSystem =
        new SessionCookie(secrets.get(0), Clock.systemUTC(), Duration.ofHours(12));
    assertThat(otherSystem.open(signIn(Api.VIEWER_TOKEN))).isEmpty();
  }

  /** Signs in through the console's form as a browser does; returns the session cookie's value. */
  private String signIn(String token) throws IOException, InterruptedException {
    HttpResponse<String> page =
        HTTP.send(request("/console/sign-in").build(), HttpResponse.BodyHandlers.ofString());
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
    String csrfCookie = cookie(page, "wms_console_csrf");
    HttpResponse<String> signedIn =
        HTTP.send(
            request("/console/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "wms_console_csrf=" + csrfCookie)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "token="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    return cookie(signedIn, SessionCookie.NAME);
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
        .filter(v -> !v.isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(system.baseUrl() + path))
        .timeout(Duration.ofSeconds(10));
  }

  /** A new, empty database beside the system's, on the same server. */
  private String freshDatabase() throws SQLException {
    String name = "console_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(system.jdbcUrl());
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return system.jdbcUrl().replace("/postgres?", "/" + name + "?");
  }

  private static DataSource dataSource(String jdbcUrl) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    return ds;
  }

  private static byte[] get(Future<byte[]> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new AssertionError("a replica could not load the console's secret", e);
    }
  }
}
