package com.wms.app;

import com.fasterxml.jackson.databind.JsonNode;

/** The buckets of a SKU an end-to-end test checks, from {@code GET /api/v1/inventory/{sku}}. */
record Balances(
    long available, long reserved, long picked, long staged, long packed, long shipped, long lost) {

  static Balances of(WmsHttp http, String sku) {
    WmsHttp.Reply r = http.get("/api/v1/inventory/" + sku);
    if (!r.ok()) {
      throw new AssertionError(
          "GET inventory " + sku + " answered " + r.status() + ": " + r.body());
    }
    JsonNode t = r.body().get("totals");
    return new Balances(
        t.get("available").asLong(),
        t.get("reserved").asLong(),
        t.get("picked").asLong(),
        t.get("staged").asLong(),
        t.get("packed").asLong(),
        t.get("shipped").asLong(),
        t.get("lost").asLong());
  }

  /** Everything on the shelf and nothing promised, moved or gone. */
  static Balances shelf(long available) {
    return new Balances(available, 0, 0, 0, 0, 0, 0);
  }

  /** Nothing promised or in flight: units are on the shelf, shipped or lost. */
  static Balances settled(long available, long shipped, long lost) {
    return new Balances(available, 0, 0, 0, 0, shipped, lost);
  }
}
