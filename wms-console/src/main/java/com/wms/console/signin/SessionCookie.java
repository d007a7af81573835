package com.wms.console.signin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The console's sign-in, kept only in the browser: the bearer token and an expiry, sealed with
 * AES-256-GCM under a key derived from the console's random secret ({@link ConsoleSecret}, in the
 * database). Every replica reads the same secret, so any of them opens the cookie and none keeps a
 * session in memory; a cookie that was altered, sealed under another secret or has expired does not
 * open. The token inside is authenticated against the configured tokens again on every request, so
 * a removed token stops working at once.
 */
public final class SessionCookie {
  /** The cookie's name. */
  public static final String NAME = "wms_console";

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param secret what the key is derived from: {@value ConsoleSecret#BYTES} random bytes that
   *     every replica shares and no browser ever sees
   * @param lifetime how long a sign-in lasts at most, even while the browser stays open
   */
  public SessionCookie(byte[] secret, Clock clock, Duration lifetime) {
    if (secret.length < ConsoleSecret.BYTES) {
      throw new IllegalArgumentException(
          "the console's secret must be at least " + ConsoleSecret.BYTES + " bytes");
    }
    this.key = new SecretKeySpec(derive(secret), "AES");
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** How long a sign-in lasts. */
  public Duration lifetime() {
    return lifetime;
  }

  /** The cookie value that carries {@code token} until the lifetime ends. */
  public String seal(String token) {
    byte[] plain = payload(clock.instant().plus(lifetime).getEpochSecond(), token);
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plain);
      return ENCODE.encodeToString(
          ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  /** The token in a cookie value, or empty when it was not sealed here, was altered or expired. */
  public Optional<String> open(String value) {
    if (value == null || value.isEmpty() || value.length() > 1024) {
      return Optional.empty();
    }
    byte[] raw;
    try {
      raw = DECODE.decode(value);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (raw.length <= IV_BYTES + TAG_BITS / 8) {
      return Optional.empty();
    }
    byte[] plain;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
      plain = cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(plain);
    long expires = buffer.getLong();
    if (clock.instant().getEpochSecond() >= expires) {
      return Optional.empty();
    }
    byte[] token = new byte[buffer.remaining()];
    buffer.get(token);
    return Optional.of(new String(token, StandardCharsets.UTF_8));
  }

  private static byte[] payload(long expiresEpochSecond, String token) {
    byte[] t = token.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(Long.BYTES + t.length).putLong(expiresEpochSecond).put(t).array();
  }

  /** HMAC-SHA256 of a fixed label under the secret: a key for this purpose only. */
  private static byte[] derive(byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal("wms console session cookie v2".getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
