package com.wms.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Drives orders through every path of the system over its HTTP APIs, exactly as a warehouse client
 * would: shipped, cancelled before pick, cancelled after staging, and short picks with each
 * shortage strategy. Used by {@code wms demo} and by the end-to-end tests.
 */
final class DemoDriver {
  static final String LOCATION = "A-01";
  private static final Duration WAIT = Duration.ofSeconds(90);

  private final WmsHttp http;
  private final PrintStream out;
  private final String run;

  DemoDriver(WmsHttp http, PrintStream out, String run) {
    this.http = http;
    this.out = out;
    this.run = run;
  }

  /** One order's outcome for the final table. */
  record Outcome(String path, String orderId, String status, String strategy, String expected) {
    boolean asExpected() {
      return expected.equals(status);
    }
  }

  String sku(String letter) {
    return "DEMO-" + run + "-" + letter;
  }

  String orderId(String name) {
    return "demo-" + run + "-" + name;
  }

  /** Creates three SKUs with stock at one location. */
  void seed(int unitsEach) {
    for (String letter : List.of("A", "B", "C")) {
      // With keys, so that a client that sends them again after an outage receives once.
      require(
          http.post(
              "/api/v1/inventory",
              Map.of(
                  "sku", sku(letter), "productName", "Demo product " + letter, "reorderPoint", 5),
              "create:" + sku(letter)),
          "create " + sku(letter));
      require(
          http.post(
              "/api/v1/inventory/" + sku(letter) + "/receive",
              Map.of("locationId", LOCATION, "quantity", unitsEach, "referenceId", "PO-" + run),
              "receive:" + sku(letter) + ":PO-" + run),
          "receive " + sku(letter));
    }
  }

  List<Outcome> runAll() {
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(shipped());
    outcomes.add(cancelledBeforePick());
    outcomes.add(cancelledAfterStaging());
    outcomes.add(shortPartialShip());
    outcomes.add(shortHoldForReview());
    outcomes.add(shortFullBackorder());
    return outcomes;
  }

  Outcome shipped() {
    String id = place("shipped", Map.of(sku("A"), 2, sku("B"), 1));
    awaitStage(id, "picking");
    pickAll(id, Map.of(sku("A"), 2, sku("B"), 1), Map.of());
    awaitStage(id, "packing");
    packed(id);
    return finish("shipped", id, "shipped");
  }

  Outcome cancelledBeforePick() {
    String id = place("cancel-early", Map.of(sku("A"), 3));
    awaitStage(id, "picking");
    cancel(id, "customer changed mind");
    return finish("cancelled before pick", id, "cancelled");
  }

  Outcome cancelledAfterStaging() {
    String id = place("cancel-late", Map.of(sku("B"), 2));
    awaitStage(id, "picking");
    pickAll(id, Map.of(sku("B"), 2), Map.of());
    awaitStage(id, "packing");
    cancel(id, "address invalid");
    return finish("cancelled after staging", id, "cancelled");
  }

  Outcome shortPartialShip() {
    String id = place("short-partial", Map.of(sku("C"), 10));
    awaitStage(id, "picking");
    pickAll(id, Map.of(sku("C"), 6), Map.of(sku("C"), 10));
    awaitStage(id, "packing");
    packed(id);
    return finish("short, partial_ship", id, "partially_shipped");
  }

  Outcome shortHoldForReview() {
    String id = place("short-hold", Map.of(sku("C"), 10));
    awaitStage(id, "picking");
    pickAll(id, Map.of(sku("C"), 3), Map.of(sku("C"), 10));
    awaitStatus(id, "on_hold");
    resolveShortage(id, "ship");
    awaitStage(id, "packing");
    packed(id);
    return finish("short, hold_for_review → ship", id, "partially_shipped");
  }

  Outcome shortFullBackorder() {
    String id = place("short-backorder", Map.of(sku("A"), 4));
    awaitStage(id, "picking");
    pickAll(id, Map.of(), Map.of(sku("A"), 4));
    return finish("short, full_backorder", id, "backordered");
  }

  /** Places an order; returns its id. */
  String place(String name, Map<String, Integer> lines) {
    String id = orderId(name);
    List<Map<String, Object>> items = new ArrayList<>();
    lines.forEach((sku, q) -> items.add(Map.of("sku", sku, "quantity", q)));
    require(
        http.post(
            "/api/v1/orders",
            Map.of(
                "orderId", id, "customerId", "CUST-" + run, "priority", "normal", "items", items)),
        "place " + id);
    out.printf("  %-28s placed%n", id);
    return id;
  }

  /** Reports picked units per SKU, and short SKUs with the quantity the order wanted. */
  void pickAll(String id, Map<String, Integer> picked, Map<String, Integer> shortRequested) {
    List<Map<String, Object>> pickedItems = new ArrayList<>();
    picked.forEach(
        (sku, q) ->
            pickedItems.add(
                Map.of("sku", sku, "quantity", q, "locationId", LOCATION, "toteId", "T-1")));
    List<Map<String, Object>> shortItems = new ArrayList<>();
    shortRequested.forEach(
        (sku, requested) ->
            shortItems.add(
                Map.of(
                    "sku", sku,
                    "locationId", LOCATION,
                    "requestedQty", requested,
                    "availableQty", picked.getOrDefault(sku, 0),
                    "reason", "not_found")));
    require(
        http.post(
            "/api/v1/orders/" + id + "/pick-completed",
            Map.of("pickerId", "picker-1", "pickedItems", pickedItems, "shortItems", shortItems)),
        "pick-completed " + id);
  }

  /** The packing station reports the order packed. */
  void packed(String id) {
    require(
        http.post("/api/v1/orders/" + id + "/packed", Map.of("packedBy", "packer-1")), "packed");
  }

  void cancel(String id, String reason) {
    require(http.post("/api/v1/orders/" + id + "/cancel", Map.of("reason", reason)), "cancel");
  }

  /** A supervisor decides an order on hold: {@code ship} or {@code cancel}. */
  void resolveShortage(String id, String decision) {
    require(
        http.post(
            "/api/v1/orders/" + id + "/resolve-shortage",
            Map.of("decision", decision, "decidedBy", "supervisor-1")),
        "resolve-shortage");
  }

  JsonNode awaitStatus(String id, String status) {
    return await(id, v -> status.equals(v.get("status").asText()), status);
  }

  JsonNode awaitStage(String id, String stage) {
    return await(id, v -> stage.equals(v.get("stage").asText()), "stage " + stage);
  }

  JsonNode await(String id, Predicate<JsonNode> condition, String what) {
    Instant deadline = Instant.now().plus(WAIT);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      WmsHttp.Reply r = http.get("/api/v1/orders/" + id);
      if (r.ok()) {
        last = r.body();
        if (condition.test(last)) {
          return last;
        }
      }
      sleep(100);
    }
    throw new IllegalStateException(
        "order " + id + " did not reach " + what + " in " + WAIT + "; last: " + last);
  }

  /**
   * Waits until the order is done: a final status and, for a cancelled or failed order, its
   * compensation finished (the status turns final first, while stock is still being returned).
   */
  JsonNode awaitTerminal(String id) {
    return await(
        id,
        n -> terminal(n.get("status").asText()) && "done".equals(n.get("stage").asText()),
        "a final status in stage done");
  }

  private Outcome finish(String path, String id, String expected) {
    JsonNode v = awaitTerminal(id);
    String status = v.get("status").asText();
    String strategy = v.hasNonNull("strategy") ? v.get("strategy").asText() : "-";
    out.printf(
        "  %-28s %-26s %s%n",
        id, path, status + (status.equals(expected) ? "" : " (expected " + expected + ")"));
    return new Outcome(path, id, status, strategy, expected);
  }

  static boolean terminal(String status) {
    return !"in_progress".equals(status) && !"on_hold".equals(status);
  }

  private static void require(WmsHttp.Reply r, String what) {
    if (!r.ok()) {
      throw new IllegalStateException(what + " failed with " + r.status() + ": " + r.body());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
