package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The model's state in the shapes of the API's answers (README, "Inventory API"). */
final class ModelViews {
  private ModelViews() {}

  /**
   * {@code GET /inventory/{sku}}: the totals of every bucket, each location's available and
   * reserved units, and the open reservations and allocations.
   */
  static ObjectNode item(StockModel model, String sku) {
    ModelItem item = model.item(sku);
    long available = 0;
    long reserved = 0;
    ArrayNode locations = Json.array();
    for (Map.Entry<String, Long> shelf : item.available.entrySet()) {
      long reservedHere = model.reservedAt(sku, shelf.getKey());
      available += shelf.getValue();
      reserved += reservedHere;
      locations.add(
          Json.obj(
              "locationId",
              shelf.getKey(),
              "available",
              shelf.getValue(),
              "reserved",
              reservedHere));
    }
    long picked = 0;
    ArrayNode open = Json.array();
    for (ModelReservation r : model.reservations().values()) {
      if (r.sku.equals(sku) && r.open()) {
        picked += r.picked;
        open.add(reservation(r));
      }
    }
    long staged = 0;
    long packed = 0;
    ArrayNode held = Json.array();
    for (ModelAllocation a : model.allocations().values()) {
      if (a.sku.equals(sku) && (a.status.equals("staged") || a.status.equals("packed"))) {
        staged += a.status.equals("staged") ? a.quantity : 0;
        packed += a.status.equals("packed") ? a.quantity : 0;
        held.add(allocation(a));
      }
    }
    ObjectNode totals =
        Json.obj(
            "available",
            available,
            "reserved",
            reserved,
            "picked",
            picked,
            "staged",
            staged,
            "packed",
            packed,
            "onHand",
            available + reserved + picked + staged + packed,
            "received",
            item.received,
            "shipped",
            item.shipped,
            "lost",
            item.lost,
            "adjustedIn",
            item.adjustedIn,
            "adjustedOut",
            item.adjustedOut);
    return Json.obj(
        "sku", sku,
        "productName", item.productName,
        "reorderPoint", item.reorderPoint,
        "reorderQuantity", item.reorderQuantity,
        "lowStock", available <= item.reorderPoint,
        "totals", totals,
        "locations", locations,
        "reservations", open,
        "allocations", held);
  }

  static ObjectNode reservation(ModelReservation r) {
    return Json.obj(
        "reservationId", r.id,
        "orderId", r.order,
        "sku", r.sku,
        "locationId", r.location,
        "quantity", r.quantity,
        "reservedQuantity", r.reserved,
        "pickedQuantity", r.picked,
        "status", r.status,
        "expiresAt", r.expiresAt.toString());
  }

  static ObjectNode allocation(ModelAllocation a) {
    return Json.obj(
        "allocationId", a.id,
        "reservationId", a.reservationId,
        "orderId", a.order,
        "sku", a.sku,
        "quantity", a.quantity,
        "sourceLocationId", a.source,
        "stagingLocationId", a.staging,
        "status", a.status);
  }

  /** {@code GET /orders/{orderId}/inventory}: every reservation and allocation of the order. */
  static ObjectNode order(StockModel model, String order) {
    ArrayNode rs = Json.array();
    model.reservations().values().stream()
        .filter(r -> r.order.equals(order))
        .forEach(r -> rs.add(reservation(r)));
    ArrayNode as = Json.array();
    model.allocations().values().stream()
        .filter(a -> a.order.equals(order))
        .forEach(a -> as.add(allocation(a)));
    return Json.obj("orderId", order, "reservations", rs, "allocations", as);
  }
}
