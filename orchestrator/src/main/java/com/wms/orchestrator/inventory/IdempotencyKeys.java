package com.wms.orchestrator.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Idempotency-Keys built from business identity, so a retried or re-executed activity sends the
 * same key and the service replays the first response instead of moving units again.
 *
 * <p>Parts are joined with ':'; a ':' inside a part is written {@code %3A} (and '%' as {@code %25})
 * so two different identities never share a key. A key longer than the service's limit of 200
 * characters becomes {@code {operation}:sha256:{hex}} of the full key.
 */
final class IdempotencyKeys {
  static final int MAX_LENGTH = 200;

  private IdempotencyKeys() {}

  static String reserve(String orderId) {
    return key("reserve", orderId);
  }

  /**
   * The key of releasing an order. A second release of the same order replays the first answer, so
   * reservations made after the first release are not released by it; workflows release an order
   * once, at its end.
   */
  static String release(String orderId) {
    return key("release", orderId);
  }

  static String pick(String orderId, String sku, String locationId) {
    return key("pick", orderId, sku, locationId);
  }

  static String stage(String reservationId) {
    return key("stage", reservationId);
  }

  static String pack(String allocationId) {
    return key("pack", allocationId);
  }

  static String ship(String allocationId) {
    return key("ship", allocationId);
  }

  static String returnToShelf(String allocationId) {
    return key("return", allocationId);
  }

  static String shortage(String orderId, String sku, String locationId) {
    return key("shortage", orderId == null ? "-" : orderId, sku, locationId);
  }

  private static String key(String operation, String... parts) {
    StringBuilder key = new StringBuilder(operation);
    for (String part : parts) {
      key.append(':').append(escape(Objects.requireNonNull(part, "key part")));
    }
    if (key.length() <= MAX_LENGTH) {
      return key.toString();
    }
    return operation + ":sha256:" + sha256(key.toString());
  }

  private static String escape(String part) {
    return part.replace("%", "%25").replace(":", "%3A");
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
