package com.wms.console.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionCookieTest {
  private static final byte[] SECRET = secret(7);
  private final Instant now = Instant.parse("2026-11-30T08:00:00Z");
  private final SessionCookie cookies =
      new SessionCookie(SECRET, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));

  @Test
  void aSealedTokenOpensAgainButDoesNotShowInTheCookie() {
    String value = cookies.seal("viewer-token-0123456789");

    assertThat(cookies.open(value)).hasValue("viewer-token-0123456789");
    assertThat(value).doesNotContain("viewer");
    assertThat(value).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void anotherReplicaWithTheSameSecretOpensTheCookie() {
    SessionCookie replica =
        new SessionCookie(
            SECRET, Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC), Duration.ofHours(12));

    assertThat(replica.open(cookies.seal("admin-token-0123456789")))
        .hasValue("admin-token-0123456789");
  }

  @Test
  void aCookieSealedUnderAnotherSecretDoesNotOpen() {
    SessionCookie otherDatabase =
        new SessionCookie(secret(8), Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));

    assertThat(otherDatabase.open(cookies.seal("admin-token-0123456789"))).isEmpty();
  }

  @Test
  void aSecretShorterThan32BytesIsRefused() {
    assertThatThrownBy(
            () ->
                new SessionCookie(
                    new byte[16], Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void anExpiredCookieDoesNotOpen() {
    String value = cookies.seal("admin-token-0123456789");
    SessionCookie later =
        new SessionCookie(
            SECRET,
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

  private static byte[] secret(int seed) {
    byte[] secret = new byte[ConsoleSecret.BYTES];
    new Random(seed).nextBytes(secret);
    return secret;
  }
}
