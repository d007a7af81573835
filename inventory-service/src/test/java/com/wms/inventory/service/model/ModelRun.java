package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.wms.inventory.service.support.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One sequence of the model test: the model and the real service side by side. Every step sends one
 * request, checks its status and body against the model, and then checks that {@code GET
 * /inventory/{sku}} of every SKU of the sequence equals the model's buckets; the end checks each
 * order's reservations and allocations and the audit. Each run of a sequence has SKUs, orders and
 * keys of its own ({@link Names}), so runs never see each other's stock.
 */
final class ModelRun {
  static final List<String> LOCATIONS = List.of("L1", "L2", "L3");

  final Names names = new Names();

  /** Steps of every sequence of the JVM by operation and answer, for the report. */
  static final Map<String, Integer> OUTCOMES = new ConcurrentSkipListMap<>();

  /** Every keyed request sent, and those whose first answer the service keeps for replays. */
  final List<Command> keyed = new ArrayList<>();

  final List<Command> kept = new ArrayList<>();
  private final ModelService service;
  private final StockModel model;
  private int steps;
  private int keys;

  ModelRun(ModelService service) {
    this.service = service;
    this.model = new StockModel(service.clock().instant(), ModelService.TTL);
  }

  StockModel model() {
    return model;
  }

  int steps() {
    return steps;
  }

  /** A fresh Idempotency-Key of this sequence, as a symbol. */
  String newKey() {
    return "@key" + (++keys);
  }

  /** Whether the SKU a symbol names exists in the model. */
  boolean exists(String sku) {
    return model.exists(names.actual(sku));
  }

  /**
   * Sends the request (its symbols replaced by what they stand for in this run); its answer and
   * every SKU's balances must be the model's.
   */
  void send(Command symbolic) {
    steps++;
    Command c = names.actual(symbolic);
    Expected expected = model.apply(c);
    Api.Response actual =
        new Api(service.baseUrl(), c.principal().token)
            .post(c.path(), Json.canonical(c.body()), c.key());
    String what =
        "step "
            + steps
            + ": "
            + c
            + "\n  expected "
            + expected
            + "\n  got "
            + actual.status()
            + " "
            + actual.raw().body();
    OUTCOMES.merge(c.op() + " " + expected + (c.key() == null ? "" : " keyed"), 1, Integer::sum);
    check(actual.status() == expected.status(), what);
    check(
        actual.raw().headers().firstValue("Idempotent-Replayed").isPresent() == expected.replayed(),
        what + "\n  (Idempotent-Replayed)");
    if (expected.code() != null) {
      check(actual.contentType().startsWith("application/problem+json"), what);
      check(expected.code().equals(actual.code()), what);
      if (expected.body() != null) {
        expected
            .body()
            .fields()
            .forEachRemaining(
                e ->
                    check(
                        same(e.getValue(), actual.body().get(e.getKey())),
                        what + "\n  (" + e.getKey() + ")"));
      }
    } else {
      JsonMatch match = new JsonMatch(knownIds());
      List<String> differences = match.compare(expected.body(), actual.body());
      check(differences.isEmpty(), what + "\n  differences: " + differences);
      model.bind(match.bound());
      names.learn(match.bound());
      if (c.key() != null && !expected.replayed()) {
        model.remember(c, actual.status(), actual.body());
        kept.add(symbolic);
      }
    }
    if (c.key() != null) {
      keyed.add(symbolic);
    }
    checkBalances("after " + what);
  }

  /** Time passes and the expiry sweep runs. */
  void expire(Duration d) {
    steps++;
    OUTCOMES.merge("expire", 1, Integer::sum);
    service.clock().advance(d);
    model.advance(d);
    service.sweep();
    checkBalances("step " + steps + ": after " + d + " passed and the sweep ran");
  }

  /** The end of a sequence: every order's reservations and allocations, and the audit. */
  void checkEnd() {
    Api api = new Api(service.baseUrl());
    for (String order : Names.ORDERS.stream().map(names::actual).toList()) {
      JsonNode actual = api.get("/api/v1/orders/" + order + "/inventory").body();
      List<String> differences = new JsonMatch(Set.of()).compare(model.orderView(order), actual);
      check(differences.isEmpty(), "order " + order + " at the end: " + differences);
    }
    JsonNode audit = api.get("/api/v1/audit").body();
    check(audit.path("ok").asBoolean(), "the audit at the end: " + audit);
  }

  private void checkBalances(String what) {
    Api api = new Api(service.baseUrl());
    for (String sku : Names.SKUS.stream().map(names::actual).toList()) {
      Api.Response r = api.get("/api/v1/inventory/" + sku);
      if (!model.exists(sku)) {
        check(
            r.status() == 404 && "UNKNOWN_SKU".equals(r.code()), sku + " should not exist " + what);
        continue;
      }
      check(r.status() == 200, "GET " + sku + " answered " + r.status() + " " + what);
      List<String> differences =
          new JsonMatch(Set.of()).compare(ModelViews.item(model, sku), r.body());
      check(
          differences.isEmpty(),
          "GET " + sku + " differs from the model " + what + "\n  " + differences);
    }
  }

  private Set<String> knownIds() {
    Set<String> ids = new HashSet<>(model.reservations().keySet());
    ids.addAll(model.allocations().keySet());
    return ids;
  }

  private static boolean same(JsonNode expected, JsonNode actual) {
    return actual != null && new JsonMatch(Set.of()).compare(expected, actual).isEmpty();
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
