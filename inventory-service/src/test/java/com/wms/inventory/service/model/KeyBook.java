package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The model's Idempotency-Keys: a key belongs to the principal that sent it; the first successful
 * answer is kept and replayed to the same request, and another request with the key is refused. A
 * refused request keeps nothing, so its key may be used again.
 */
final class KeyBook {
  private record Kept(String fingerprint, int status, JsonNode body) {}

  private final Map<String, Kept> kept = new HashMap<>();

  /** The replay (or the refusal) a keyed request gets, or null when it runs. */
  Expected replayOf(Command c) {
    Kept k = kept.get(id(c));
    if (k == null) {
      return null;
    }
    return k.fingerprint().equals(c.fingerprint())
        ? Expected.replay(k.status(), k.body())
        : Expected.problem(422, "IDEMPOTENCY_KEY_REUSED");
  }

  void remember(Command c, int status, JsonNode body) {
    kept.putIfAbsent(id(c), new Kept(c.fingerprint(), status, body));
  }

  private static String id(Command c) {
    return c.principal() + " " + c.key();
  }
}
