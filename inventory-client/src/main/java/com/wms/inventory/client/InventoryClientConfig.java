package com.wms.inventory.client;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach the inventory service.
 *
 * @param baseUrl scheme, host and port, e.g. {@code http://127.0.0.1:8080}; no trailing slash
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for a whole response; keep it below the activities'
 *     heartbeat timeout (30 s) so a hung call cannot outlive the heartbeat
 * @param bearerToken sent as {@code Authorization: Bearer ...} when not null; the service asks for
 *     one unless its authentication is disabled (the worker's needs role admin)
 */
public record InventoryClientConfig(
    String baseUrl, Duration connectTimeout, Duration requestTimeout, String bearerToken) {
  public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  public InventoryClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    baseUrl = baseUrl.strip();
    while (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("baseUrl must start with http:// or https://: " + baseUrl);
    }
    requirePositive("connectTimeout", connectTimeout);
    requirePositive("requestTimeout", requestTimeout);
    if (bearerToken != null && bearerToken.isBlank()) {
      bearerToken = null;
    }
  }

  /** The defaults with another base URL. */
  public static InventoryClientConfig of(String baseUrl) {
    return new InventoryClientConfig(
        baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, null);
  }

  /**
   * Reads {@code WMS_INVENTORY_URL} (default {@value #DEFAULT_BASE_URL}), {@code
   * WMS_INVENTORY_CONNECT_TIMEOUT} and {@code WMS_INVENTORY_REQUEST_TIMEOUT} (ISO-8601 such as
   * {@code PT5S}, or milliseconds) and {@code WMS_INVENTORY_TOKEN}.
   */
  public static InventoryClientConfig fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /** {@link #fromEnvironment()} over the given variables, so tests need not touch the process. */
  public static InventoryClientConfig fromEnvironment(Map<String, String> env) {
    return new InventoryClientConfig(
        env.getOrDefault("WMS_INVENTORY_URL", DEFAULT_BASE_URL),
        duration(env, "WMS_INVENTORY_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT),
        duration(env, "WMS_INVENTORY_REQUEST_TIMEOUT", DEFAULT_REQUEST_TIMEOUT),
        env.get("WMS_INVENTORY_TOKEN"));
  }

  /** Never prints the token. */
  @Override
  public String toString() {
    return "InventoryClientConfig[baseUrl="
        + baseUrl
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", bearerToken="
        + (bearerToken == null ? "none" : "***")
        + "]";
  }

  private static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String value = raw.strip();
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Duration.ofMillis(Long.parseLong(value))
          : Duration.parse(value);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO-8601 duration such as PT5S or milliseconds, not " + raw, e);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
