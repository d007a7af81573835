package com.wms.inventory.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wms.inventory.api.AuditReport;
import com.wms.inventory.api.ItemView;
import com.wms.inventory.api.LedgerEntry;
import com.wms.inventory.api.LedgerPage;
import com.wms.inventory.api.OrderInventoryView;
import com.wms.inventory.api.Totals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The inventory API as tests speak it: one method per endpoint (returning the raw response, so a
 * test can check refusals) and readers that turn balances and the ledger into short strings that a
 * test compares exactly.
 */
public final class Stock {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Api api;

  public Stock(Api api) {
    this.api = api;
  }

  public Api api() {
    return api;
  }

  /** A JSON object from alternating keys and values; values may be maps and lists. */
  public static String json(Object... keysAndValues) {
    try {
      return JSON.writeValueAsString(map(keysAndValues));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An ordered map from alternating keys and values, for nested JSON. */
  public static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** One line of a reserve request. */
  public static Map<String, Object> line(String sku, long quantity) {
    return map("sku", sku, "quantity", quantity);
  }

  /** Creates a fresh SKU and returns its id. */
  public String newSku(String prefix) {
    return newSku(prefix, 0);
  }

  public String newSku(String prefix, long reorderPoint) {
    return createSku(Api.unique(prefix), reorderPoint);
  }

  /** Creates the SKU with exactly this id. */
  public String createSku(String sku, long reorderPoint) {
    Api.Response r =
        api.post(
            "/api/v1/inventory",
            json("sku", sku, "productName", "Widget " + sku, "reorderPoint", reorderPoint));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return sku;
  }

  /** A fresh SKU holding the given units at each location: "A-1", 10, "B-1", 5, .... */
  public String stockedSku(String prefix, Object... locationsAndUnits) {
    String sku = newSku(prefix);
    for (int i = 0; i < locationsAndUnits.length; i += 2) {
      ok(
          receive(
              sku, (String) locationsAndUnits[i], ((Number) locationsAndUnits[i + 1]).longValue()));
    }
    return sku;
  }

  public Api.Response receive(String sku, String location, long quantity) {
    return api.post(
        path(sku, "receive"),
        json("locationId", location, "quantity", quantity, "referenceId", "PO-1"));
  }

  public Api.Response adjustTo(String sku, String location, long newQuantity) {
    return api.post(
        path(sku, "adjust"),
        json("locationId", location, "newQuantity", newQuantity, "reason", "cycle count"));
  }

  public Api.Response adjustBy(String sku, String location, long delta) {
    return api.post(
        path(sku, "adjust"), json("locationId", location, "delta", delta, "reason", "correction"));
  }

  /** Reserves alternating SKUs and quantities for the order. */
  public Api.Response reserve(String order, Object... skusAndQuantities) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < skusAndQuantities.length; i += 2) {
      items.add(
          line((String) skusAndQuantities[i], ((Number) skusAndQuantities[i + 1]).longValue()));
    }
    return api.post("/api/v1/inventory/reserve", json("orderId", order, "items", items));
  }

  /** Reserves one line, expects exactly one reservation, and returns its id. */
  public String reserveOne(String order, String sku, long quantity) {
    Api.Response r = ok(reserve(order, sku, quantity));
    assertThat(r.body().get("reservations")).hasSize(1);
    return r.body().get("reservations").get(0).get("reservationId").asText();
  }

  public Api.Response release(String order) {
    return api.post("/api/v1/inventory/release/" + order, null);
  }

  public Api.Response pick(String sku, String order, String location, long quantity) {
    return api.post(
        path(sku, "pick"),
        json(
            "orderId",
            order,
            "locationId",
            location,
            "quantity",
            quantity,
            "createdBy",
            "picker-7"));
  }

  public Api.Response stage(String sku, String reservationId) {
    return api.post(path(sku, "stage"), stageBody(reservationId));
  }

  public static String stageBody(String reservationId) {
    return json("reservationId", reservationId, "stagingLocationId", "STAGE-1", "stagedBy", "s-1");
  }

  /** Stages the reservation and returns the new allocation id. */
  public String staged(String sku, String reservationId) {
    return ok(stage(sku, reservationId)).body().get("allocationId").asText();
  }

  public Api.Response pack(String sku, String allocationId) {
    return api.post(path(sku, "pack"), json("allocationId", allocationId, "packedBy", "p-1"));
  }

  public Api.Response ship(String sku, String allocationId) {
    return api.post(path(sku, "ship"), json("allocationId", allocationId));
  }

  public Api.Response returnToShelf(String sku, String allocationId) {
    return api.post(
        path(sku, "return-to-shelf"),
        json("allocationId", allocationId, "returnedBy", "r-1", "reason", "order cancelled"));
  }

  public Api.Response shortage(
      String sku, String location, String order, long expected, long actual, String reason) {
    return api.post(
        path(sku, "shortage"),
        json(
            "locationId",
            location,
            "orderId",
            order,
            "expectedQty",
            expected,
            "actualQty",
            actual,
            "reason",
            reason,
            "reportedBy",
            "picker-7"));
  }

  public ItemView item(String sku) {
    return read(ok(api.get("/api/v1/inventory/" + sku)).body(), ItemView.class);
  }

  public Totals totals(String sku) {
    return item(sku).totals();
  }

  public OrderInventoryView order(String order) {
    return read(
        ok(api.get("/api/v1/orders/" + order + "/inventory")).body(), OrderInventoryView.class);
  }

  /**
   * The SKU's non-zero totals as "available=6 reserved=4 onHand=10 received=10"; a bucket that is
   * not named holds zero, so comparing the string checks every bucket.
   */
  public String balances(String sku) {
    Totals t = totals(sku);
    StringJoiner s = new StringJoiner(" ");
    add(s, "available", t.available());
    add(s, "reserved", t.reserved());
    add(s, "picked", t.picked());
    add(s, "staged", t.staged());
    add(s, "packed", t.packed());
    add(s, "onHand", t.onHand());
    add(s, "received", t.received());
    add(s, "shipped", t.shipped());
    add(s, "lost", t.lost());
    add(s, "adjustedIn", t.adjustedIn());
    add(s, "adjustedOut", t.adjustedOut());
    return s.toString();
  }

  /** Per location "A-1 available=6 reserved=4", in location order. */
  public List<String> shelves(String sku) {
    return item(sku).locations().stream()
        .map(l -> l.locationId() + " available=" + l.available() + " reserved=" + l.reserved())
        .toList();
  }

  /** Every ledger entry of the SKU, following pages. */
  public List<LedgerEntry> ledger(String sku) {
    List<LedgerEntry> all = new ArrayList<>();
    long after = 0;
    while (true) {
      LedgerPage page =
          read(
              ok(api.get("/api/v1/inventory/" + sku + "/ledger?limit=100&after=" + after)).body(),
              LedgerPage.class);
      all.addAll(page.entries());
      if (page.nextAfter() == null) {
        return all;
      }
      after = page.nextAfter();
    }
  }

  /** The ledger as "operation: from>to quantity" lines, oldest first. */
  public List<String> movements(String sku) {
    return ledger(sku).stream()
        .map(e -> e.operation() + ": " + e.from() + ">" + e.to() + " " + e.quantity())
        .toList();
  }

  /** Everything a caller can see of a SKU and of the given orders: item view, ledger, orders. */
  public JsonNode snapshot(String sku, String... orders) {
    ObjectNode all = JSON.createObjectNode();
    all.set("item", ok(api.get("/api/v1/inventory/" + sku)).body());
    all.set("ledger", ok(api.get("/api/v1/inventory/" + sku + "/ledger?limit=1000")).body());
    for (String order : orders) {
      all.set(order, ok(api.get("/api/v1/orders/" + order + "/inventory")).body());
    }
    return all;
  }

  public void assertAuditOk() {
    Api.Response r = ok(api.get("/api/v1/audit"));
    AuditReport report = read(r.body(), AuditReport.class);
    assertThat(report.problems()).as("audit problems").isEmpty();
    assertThat(report.ok()).isTrue();
  }

  /** Asserts a 200 (or 201) and returns the response. */
  public static Api.Response ok(Api.Response r) {
    assertThat(r.status()).as(r.raw().body()).isBetween(200, 201);
    return r;
  }

  /** Asserts an RFC 9457 problem with the given status and stable code. */
  public static void assertProblem(Api.Response r, int status, String code) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.code()).as(r.raw().body()).isEqualTo(code);
  }

  public static <T> T read(JsonNode node, Class<T> type) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String path(String sku, String operation) {
    return "/api/v1/inventory/" + sku + "/" + operation;
  }

  private static void add(StringJoiner s, String name, long value) {
    if (value != 0) {
      s.add(name + "=" + value);
    }
  }
}
