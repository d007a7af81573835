package com.wms.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionCookieTest {
  private static final String TOKENS =
      "admin-token-0123456789=admin,viewer-token-0123456789=viewer";
  private final Instant now = Instant.parse("2026-11-30T08:00:00Z");
  private final SessionCookie cookies =
      new SessionCookie(TOKENS, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));

  @Test
  void aSealedTokenOpensAgainButDoesNotShowInTheCookie() {
    String value = cookies.seal("viewer-token-0123456789");

    assertThat(cookies.open(value)).hasValue("viewer-token-0123456789");
    assertThat(value).doesNotContain("viewer");
    assertThat(value).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void anotherReplicaWithTheSameTokensOpensTheCookie() {
    SessionCookie replica =
        new SessionCookie(
            TOKENS, Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC), Duration.ofHours(12));

    assertThat(replica.open(cookies.seal("admin-token-0123456789")))
        .hasValue("admin-token-0123456789");
  }

  @Test
  void aCookieSealedUnderOtherTokensDoesNotOpen() {
    SessionCookie rotated =
        new SessionCookie(
            "new-admin-token-012345=admin", Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));

    assertThat(rotated.open(cookies.seal("admin-token-0123456789"))).isEmpty();
  }

  @Test
  void anExpiredCookieDoesNotOpen() {
    String value = cookies.seal("admin-token-0123456789");
    SessionCookie later =
        new SessionCookie(
            TOKENS,
            Clock.fixed(now.plus(Duration.ofHours(12)), ZoneOffset.UTC),
            Duration.ofHours(12));

    assertThat(later.open(value)).isEmpty();
  }

  @Test
  void anAlteredOrGarbledCookieDoesNotOpen() {
    String value = cookies.seal("viewer-token-0123456789");
    char last = value.charAt(value.length() - 2);
    String altered =
        value.substring(0, value.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + value.charAt(value.length() - 1);

    assertThat(cookies.open(altered)).isEmpty();
    assertThat(cookies.open("not base64 !")).isEmpty();
    assertThat(cookies.open("")).isEmpty();
    assertThat(cookies.open(null)).isEmpty();
    assertThat(cookies.open("AAAA")).isEmpty();
  }

  @Test
  void twoSealsOfOneTokenDiffer() {
    assertThat(cookies.seal("admin-token-0123456789"))
        .isNotEqualTo(cookies.seal("admin-token-0123456789"));
  }
}
