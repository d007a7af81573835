package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pure in-memory model of the inventory service, written from the README and DESIGN.md and not
 * from inventory-core: the buckets of every SKU, reservations, allocations and Idempotency-Keys.
 * {@link #apply} says what the service must answer to a request and changes the model as the
 * service must change its stock. Ids the service chooses are placeholders until {@link #bind}
 * learns them from the answer.
 */
final class StockModel {
  private final Duration ttl;
  private final Map<String, ModelItem> items = new LinkedHashMap<>();
  private final Map<String, ModelReservation> reservations = new LinkedHashMap<>();
  private final Map<String, ModelAllocation> allocations = new LinkedHashMap<>();
  private final KeyBook keys = new KeyBook();
  private final Fulfilment fulfilment = new Fulfilment(this);
  private Instant now;
  private int placeholders;

  StockModel(Instant now, Duration ttl) {
    this.now = now;
    this.ttl = ttl;
  }

  /** The answer the service must give to {@code c}; the model changes as the service must. */
  Expected apply(Command c) {
    if (c.key() != null) {
      Expected replay = keys.replayOf(c);
      if (replay != null) {
        return replay;
      }
    }
    JsonNode b = c.body();
    return switch (c.op()) {
      case "create" -> create(b);
      case "receive" -> receive(c.target(), b);
      case "adjust" -> adjust(c.target(), b);
      case "reserve" -> reserve(b);
      case "release" -> release(c.target());
      case "pick" -> fulfilment.pick(c.target(), b);
      case "stage" -> fulfilment.stage(c.target(), b);
      case "pack" -> fulfilment.pack(c.target(), b);
      case "ship" -> fulfilment.ship(c.target(), b);
      case "return-to-shelf" -> fulfilment.returnToShelf(c.target(), b);
      case "shortage" -> new Shortage(this).record(c.target(), b);
      default -> throw new IllegalArgumentException("unknown operation " + c.op());
    };
  }

  /** After a first successful answer to a keyed request, that answer is what replays return. */
  void remember(Command c, int status, JsonNode body) {
    keys.remember(c, status, body);
  }

  /** Replaces placeholder ids by the ids the service chose. */
  void bind(Map<String, String> ids) {
    for (Map.Entry<String, String> e : ids.entrySet()) {
      ModelReservation r = reservations.remove(e.getKey());
      if (r != null) {
        r.id = e.getValue();
        reservations.put(r.id, r);
      }
      ModelAllocation a = allocations.remove(e.getKey());
      if (a != null) {
        a.id = e.getValue();
        allocations.put(a.id, a);
      }
    }
  }

  /** Time passes; the expiry sweep then releases every unpicked active reservation that is due. */
  void advance(Duration d) {
    now = now.plus(d);
    for (ModelReservation r : reservations.values()) {
      if (r.status.equals("active") && r.picked == 0 && !r.expiresAt.isAfter(now)) {
        item(r.sku).addAvailable(r.location, r.reserved);
        r.close("expired");
      }
    }
  }

  Instant now() {
    return now;
  }

  boolean exists(String sku) {
    return items.containsKey(sku);
  }

  ModelItem item(String sku) {
    return items.get(sku);
  }

  Map<String, ModelReservation> reservations() {
    return reservations;
  }

  Map<String, ModelAllocation> allocations() {
    return allocations;
  }

  String placeholder(String kind) {
    return "$" + kind + (++placeholders);
  }

  /** Units promised to open reservations at the location: the shelf's reserved bucket. */
  long reservedAt(String sku, String location) {
    return reservations.values().stream()
        .filter(r -> r.open() && r.sku.equals(sku) && r.location.equals(location))
        .mapToLong(r -> r.reserved)
        .sum();
  }

  /** The open reservations of an order of a SKU at a location, in the order of their ids. */
  List<ModelReservation> openAt(String sku, String location) {
    return reservations.values().stream()
        .filter(r -> r.open() && r.sku.equals(sku) && r.location.equals(location))
        .sorted(Comparator.comparing(r -> r.id))
        .toList();
  }

  private Expected create(JsonNode b) {
    String sku = b.get("sku").asText();
    if (items.containsKey(sku)) {
      return Expected.problem(409, "SKU_EXISTS");
    }
    ModelItem item =
        new ModelItem(
            sku,
            b.get("productName").asText(),
            b.path("reorderPoint").asLong(0),
            b.path("reorderQuantity").asLong(0));
    b.path("locations").forEach(l -> item.available.putIfAbsent(l.asText(), 0L));
    items.put(sku, item);
    return Expected.ok(201, ModelViews.item(this, sku));
  }

  private Expected receive(String sku, JsonNode b) {
    if (!exists(sku)) {
      return Expected.problem(404, "UNKNOWN_SKU");
    }
    ModelItem item = item(sku);
    long quantity = b.get("quantity").asLong();
    item.addAvailable(b.get("locationId").asText(), quantity);
    item.received += quantity;
    return Expected.ok(200, ModelViews.item(this, sku));
  }

  /** A count (newQuantity, the units on the shelf) or a correction (delta) of available units. */
  private Expected adjust(String sku, JsonNode b) {
    if (!exists(sku)) {
      return Expected.problem(404, "UNKNOWN_SKU");
    }
    ModelItem item = item(sku);
    String location = b.get("locationId").asText();
    long available = item.availableAt(location);
    long delta =
        b.has("newQuantity")
            ? b.get("newQuantity").asLong() - available - reservedAt(sku, location)
            : b.get("delta").asLong();
    if (available + delta < 0) {
      return Expected.problem(422, "BELOW_RESERVED");
    }
    item.addAvailable(location, delta);
    if (delta > 0) {
      item.adjustedIn += delta;
    } else {
      item.adjustedOut -= delta;
    }
    return Expected.ok(200, ModelViews.item(this, sku));
  }

  /**
   * Every line or none: lines of one SKU add up; a SKU short of units is named with what it has;
   * each line takes from the location with the most available units first (ties by location id).
   */
  private Expected reserve(JsonNode b) {
    String order = b.get("orderId").asText();
    TreeMap<String, Long> lines = new TreeMap<>();
    b.get("items")
        .forEach(l -> lines.merge(l.get("sku").asText(), l.get("quantity").asLong(), Long::sum));
    if (!lines.keySet().stream().allMatch(this::exists)) {
      return Expected.problem(404, "UNKNOWN_SKU");
    }
    ArrayNode shortLines = Json.array();
    lines.forEach(
        (sku, wanted) -> {
          long has = item(sku).available.values().stream().mapToLong(Long::longValue).sum();
          if (has < wanted) {
            shortLines.add(Json.obj("sku", sku, "requested", wanted, "available", has));
          }
        });
    if (!shortLines.isEmpty()) {
      return Expected.problem(422, "INSUFFICIENT_STOCK", Json.obj("shortLines", shortLines));
    }
    ArrayNode made = Json.array();
    lines.forEach(
        (sku, wanted) -> {
          ModelItem item = item(sku);
          List<Map.Entry<String, Long>> shelves = new ArrayList<>(item.available.entrySet());
          shelves.sort(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()));
          long left = wanted;
          for (Map.Entry<String, Long> shelf : shelves) {
            long take = Math.min(left, shelf.getValue());
            if (take > 0) {
              ModelReservation r =
                  new ModelReservation(
                      placeholder("R"), order, sku, shelf.getKey(), take, now.plus(ttl));
              reservations.put(r.id, r);
              item.addAvailable(shelf.getKey(), -take);
              made.add(ModelViews.reservation(r));
              left -= take;
            }
          }
        });
    return Expected.ok(200, Json.obj("orderId", order, "reservations", made));
  }

  /** Every open reservation of the order goes back to available, picked units included. */
  private Expected release(String order) {
    ArrayNode released = Json.array();
    long units = 0;
    for (ModelReservation r : reservations.values()) {
      if (r.open() && r.order.equals(order)) {
        units += r.reserved + r.picked;
        item(r.sku).addAvailable(r.location, r.reserved + r.picked);
        r.close("cancelled");
        released.add(ModelViews.reservation(r));
      }
    }
    return Expected.ok(
        200, Json.obj("orderId", order, "releasedUnits", units, "released", released));
  }

  /** The model's view of an order's reservations and allocations. */
  ObjectNode orderView(String order) {
    return ModelViews.order(this, order);
  }
}
