package com.wms.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The PostgreSQL advisory lock keys that elect one relay per stream and one shipper per sink. */
public final class EventLocks {
  private EventLocks() {}

  /** The lock of the relay of {@code stream}. */
  public static long relay(String stream) {
    return key("wms.events.relay." + stream);
  }

  /** The lock of the sink named {@code sink}. */
  public static long sink(String sink) {
    return key("wms.events.sink." + sink);
  }

  /** The first 8 bytes of the name's SHA-256: stable across versions and replicas. */
  static long key(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
