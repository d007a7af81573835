package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * Pick, stage, pack, ship and return to the shelf in the model, following the lifecycle of the
 * README: reserved → picked → staged → packed → shipped, with return-to-shelf as compensation.
 */
final class Fulfilment {
  private final StockModel model;

  Fulfilment(StockModel model) {
    this.model = model;
  }

  /** Units of the order leave the shelf into a tote, from its reservations there in id order. */
  Expected pick(String sku, JsonNode b) {
    if (!model.exists(sku)) {
      return Expected.problem(404, "UNKNOWN_SKU");
    }
    String order = b.get("orderId").asText();
    String location = b.get("locationId").asText();
    long quantity = b.get("quantity").asLong();
    List<ModelReservation> open =
        model.openAt(sku, location).stream().filter(r -> r.order.equals(order)).toList();
    if (open.isEmpty()) {
      return Expected.problem(404, "UNKNOWN_RESERVATION");
    }
    if (open.stream().mapToLong(r -> r.reserved).sum() < quantity) {
      return Expected.problem(422, "OVERPICK");
    }
    long left = quantity;
    ArrayNode after = Json.array();
    for (ModelReservation r : open) {
      long take = Math.min(left, r.reserved);
      if (take > 0) {
        r.reserved -= take;
        r.picked += take;
        r.status = "picked";
        left -= take;
      }
      after.add(ModelViews.reservation(r));
    }
    return Expected.ok(
        200,
        Json.obj(
            "orderId", order,
            "sku", sku,
            "locationId", location,
            "quantity", quantity,
            "reservations", after));
  }

  /**
   * A new hard allocation: the picked units are staged and unpicked ones go back to the shelf; with
   * nothing picked, the reserved units are staged.
   */
  Expected stage(String sku, JsonNode b) {
    if (!model.exists(sku)) {
      return Expected.problem(404, "UNKNOWN_SKU");
    }
    ModelReservation r = model.reservations().get(b.get("reservationId").asText());
    if (r == null || !r.sku.equals(sku)) {
      return Expected.problem(404, "UNKNOWN_RESERVATION");
    }
    if (!r.open()) {
      return Expected.problem(409, "INVALID_STATE");
    }
    long staged = r.picked > 0 ? r.picked : r.reserved;
    if (r.picked > 0) {
      model.item(sku).addAvailable(r.location, r.reserved);
    }
    r.close("staged");
    ModelAllocation a =
        new ModelAllocation(
            model.placeholder("A"),
            r.id,
            r.order,
            sku,
            staged,
            r.location,
            b.get("stagingLocationId").asText());
    model.allocations().put(a.id, a);
    return Expected.ok(200, ModelViews.allocation(a));
  }

  Expected pack(String sku, JsonNode b) {
    return move(sku, b, "staged", "packed");
  }

  /** The only way units of an order leave the warehouse; the reservation is fulfilled. */
  Expected ship(String sku, JsonNode b) {
    Expected e = move(sku, b, "packed", "shipped");
    if (e.success()) {
      ModelAllocation a = model.allocations().get(b.get("allocationId").asText());
      model.item(sku).shipped += a.quantity;
      model.reservations().get(a.reservationId).status = "fulfilled";
    }
    return e;
  }

  /** Staged or packed units go back to available at their source; the reservation is cancelled. */
  Expected returnToShelf(String sku, JsonNode b) {
    ModelAllocation a = model.allocations().get(b.get("allocationId").asText());
    boolean returnable = a != null && (a.status.equals("staged") || a.status.equals("packed"));
    Expected e = move(sku, b, returnable ? a.status : "staged", "returned");
    if (e.success()) {
      model.item(sku).addAvailable(a.source, a.quantity);
      model.reservations().get(a.reservationId).status = "cancelled";
    }
    return e;
  }

  private Expected move(String sku, JsonNode b, String from, String to) {
    if (!model.exists(sku)) {
      return Expected.problem(404, "UNKNOWN_SKU");
    }
    ModelAllocation a = model.allocations().get(b.get("allocationId").asText());
    if (a == null || !a.sku.equals(sku)) {
      return Expected.problem(404, "UNKNOWN_ALLOCATION");
    }
    if (!a.status.equals(from)) {
      return Expected.problem(409, "INVALID_STATE");
    }
    a.status = to;
    return Expected.ok(200, ModelViews.allocation(a));
  }
}
