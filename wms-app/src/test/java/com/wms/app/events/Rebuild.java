package com.wms.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.api.Totals;
import java.util.Map;
import java.util.TreeMap;

/**
 * A consumer's rebuild of every SKU's buckets from movement events alone: each event moves {@code
 * quantity} units from {@code fromBucket} to {@code toBucket}; received and adjusted-in count units
 * entering, shipped, lost and adjusted-out units leaving. Written here from the event contract, not
 * from the service's code.
 */
final class Rebuild {
  private final Map<String, long[]> bySku = new TreeMap<>();

  private static final String[] BUCKETS = {
    "available",
    "reserved",
    "picked",
    "staged",
    "packed",
    "received",
    "shipped",
    "lost",
    "adjustedIn",
    "adjustedOut"
  };

  void apply(JsonNode event) {
    if (!event.has("data") || !event.get("data").has("fromBucket")) {
      return;
    }
    JsonNode d = event.get("data");
    long[] b = bySku.computeIfAbsent(d.get("sku").asText(), s -> new long[BUCKETS.length]);
    long q = d.get("quantity").asLong();
    String from = d.get("fromBucket").asText();
    String to = d.get("toBucket").asText();
    switch (from) {
      case "received" -> b[5] += q;
      case "adjusted" -> b[8] += q;
      default -> b[index(from)] -= q;
    }
    switch (to) {
      case "shipped" -> b[6] += q;
      case "lost" -> b[7] += q;
      case "adjusted" -> b[9] += q;
      default -> b[index(to)] += q;
    }
  }

  Map<String, Totals> totals() {
    Map<String, Totals> out = new TreeMap<>();
    bySku.forEach(
        (sku, b) ->
            out.put(
                sku,
                new Totals(
                    b[0],
                    b[1],
                    b[2],
                    b[3],
                    b[4],
                    b[0] + b[1] + b[2] + b[3] + b[4],
                    b[5],
                    b[6],
                    b[7],
                    b[8],
                    b[9])));
    return out;
  }

  private static int index(String bucket) {
    for (int i = 0; i < 5; i++) {
      if (BUCKETS[i].equals(bucket)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not an internal bucket: " + bucket);
  }
}
