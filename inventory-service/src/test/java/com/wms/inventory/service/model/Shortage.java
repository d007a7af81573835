package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Comparator;
import java.util.List;

/**
 * A confirmed shortage in the model: expected − actual units are written off at the location, from
 * the reporting order's unpicked reservations there first (in id order), then from available units,
 * then from other orders' reservations there, the latest to expire first (ties in id order); never
 * more than the shelf was believed to hold. A reservation left with nothing is cancelled.
 */
final class Shortage {
  private static final List<String> REASONS = List.of("not_found", "damaged", "quantity_mismatch");

  private final StockModel model;

  Shortage(StockModel model) {
    this.model = model;
  }

  Expected record(String sku, JsonNode b) {
    long expected = b.get("expectedQty").asLong();
    long actual = b.get("actualQty").asLong();
    String reason = b.get("reason").asText();
    if (actual >= expected || !REASONS.contains(reason)) {
      return Expected.problem(400, "VALIDATION_FAILED");
    }
    if (!model.exists(sku)) {
      return Expected.problem(404, "UNKNOWN_SKU");
    }
    String location = b.get("locationId").asText();
    ModelItem item = model.item(sku);
    if (!item.available.containsKey(location)) {
      return Expected.problem(404, "UNKNOWN_LOCATION");
    }
    String order = b.hasNonNull("orderId") ? b.get("orderId").asText() : null;
    List<ModelReservation> open = model.openAt(sku, location);
    long shortfall = expected - actual;
    long left = shortfall;
    ArrayNode cut = Json.array();
    for (ModelReservation r : open) {
      if (r.order.equals(order)) {
        left -= cut(r, left, item, cut);
      }
    }
    long fromShelf = Math.min(left, item.availableAt(location));
    item.addAvailable(location, -fromShelf);
    item.lost += fromShelf;
    left -= fromShelf;
    List<ModelReservation> others =
        open.stream()
            .filter(r -> !r.order.equals(order))
            .sorted(
                Comparator.comparing((ModelReservation r) -> r.expiresAt)
                    .reversed()
                    .thenComparing(r -> r.id))
            .toList();
    for (ModelReservation r : others) {
      left -= cut(r, left, item, cut);
    }
    return Expected.ok(
        200,
        Json.obj(
            "sku", sku,
            "locationId", location,
            "orderId", order,
            "expectedQty", expected,
            "actualQty", actual,
            "shortfall", shortfall,
            "recorded", shortfall - left,
            "reason", reason,
            "cutReservations", cut));
  }

  private static long cut(ModelReservation r, long left, ModelItem item, ArrayNode cut) {
    long units = Math.min(left, r.reserved);
    if (units <= 0) {
      return 0;
    }
    r.reserved -= units;
    item.lost += units;
    if (r.reserved == 0 && r.picked == 0) {
      r.status = "cancelled";
    }
    cut.add(ModelViews.reservation(r));
    return units;
  }
}
