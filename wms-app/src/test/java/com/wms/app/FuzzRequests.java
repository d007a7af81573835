package com.wms.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wms.inventory.service.support.Api;
import com.wms.security.ApiRole;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What the HTTP fuzzer sends: every endpoint of the inventory and order APIs with a valid body
 * built from the fixture, then mutated (fields dropped, retyped, set to edge numbers and strings or
 * unknown ids, unknown fields added, the body replaced by garbage or made huge, the method or the
 * path ids or the query broken), under every kind of credential, content type and Idempotency-Key
 * (none, fresh, reused from an earlier request, malformed). jqwik draws the {@link Case}; the
 * details come from a Random seeded by it, so a case is reproducible from jqwik's seed.
 */
final class FuzzRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  enum Auth {
    ADMIN,
    OPERATOR,
    VIEWER,
    NONE,
    BAD,
    MALFORMED
  }

  enum ContentType {
    JSON,
    TEXT,
    NONE,
    BOGUS_CHARSET,
    LATIN1
  }

  enum Key {
    NONE,
    FRESH,
    REUSED,
    INVALID
  }

  enum Mutation {
    DROP_FIELD,
    WRONG_TYPE,
    EDGE_NUMBER,
    EDGE_STRING,
    UNKNOWN_FIELD,
    UNKNOWN_ID,
    REPLACE_BODY,
    HUGE_BODY,
    WRONG_METHOD,
    BAD_PATH_ID,
    BAD_QUERY
  }

  /** One drawn case; {@link #build} turns it into a request. */
  record Case(
      int endpoint,
      Auth auth,
      ContentType contentType,
      Key key,
      List<Mutation> mutations,
      long seed) {}

  /** The request as sent; {@code minRole} is null for open endpoints. */
  record Request(
      String endpoint,
      String method,
      String path,
      byte[] body,
      boolean chunked,
      String contentType,
      String authorization,
      String idempotencyKey,
      ApiRole minRole,
      Auth auth,
      List<Mutation> mutations) {
    @Override
    public String toString() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + path
          + " auth="
          + auth
          + " type="
          + contentType
          + " key="
          + idempotencyKey
          + " mutations="
          + mutations
          + " body("
          + (body == null ? 0 : body.length)
          + ")="
          + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
    }
  }

  private record Endpoint(
      String name,
      String method,
      String path,
      ApiRole minRole,
      BiFunction<FuzzRequests, Random, ObjectNode> body) {}

  private final FuzzFixture fx;
  private final List<String> usedKeys = new ArrayList<>();
  private final List<Endpoint> endpoints;
  private int counter;

  FuzzRequests(FuzzFixture fixture) {
    this.fx = fixture;
    this.endpoints = endpoints();
  }

  static Arbitrary<Case> cases() {
    Arbitrary<Mutation> mutation = Arbitraries.of(Mutation.class);
    return Combinators.combine(
            Arbitraries.integers().between(0, ENDPOINT_COUNT - 1),
            Arbitraries.frequency(
                Tuple.of(60, Auth.ADMIN),
                Tuple.of(12, Auth.OPERATOR),
                Tuple.of(10, Auth.VIEWER),
                Tuple.of(8, Auth.NONE),
                Tuple.of(6, Auth.BAD),
                Tuple.of(4, Auth.MALFORMED)),
            Arbitraries.frequency(
                Tuple.of(86, ContentType.JSON),
                Tuple.of(4, ContentType.TEXT),
                Tuple.of(4, ContentType.NONE),
                Tuple.of(3, ContentType.BOGUS_CHARSET),
                Tuple.of(3, ContentType.LATIN1)),
            Arbitraries.frequency(
                Tuple.of(45, Key.NONE),
                Tuple.of(25, Key.FRESH),
                Tuple.of(25, Key.REUSED),
                Tuple.of(5, Key.INVALID)),
            Arbitraries.frequency(
                    Tuple.of(20, 0), Tuple.of(45, 1), Tuple.of(25, 2), Tuple.of(10, 3))
                .flatMap(n -> mutation.list().ofSize(n)),
            Arbitraries.longs())
        .as(Case::new);
  }

  private static final int ENDPOINT_COUNT = 28;

  private List<Endpoint> endpoints() {
    String inv = "/api/v1/inventory";
    String ord = "/api/v1/orders";
    List<Endpoint> all =
        List.of(
            e("create", "POST", inv, ApiRole.ADMIN, FuzzRequests::create),
            e("item", "GET", inv + "/{sku}", ApiRole.VIEWER, null),
            e("list", "GET", inv + "?lowStock=true&limit=5", ApiRole.VIEWER, null),
            e("ledger", "GET", inv + "/{sku}/ledger?after=0&limit=5", ApiRole.VIEWER, null),
            e("ledger-desc", "GET", inv + "/{sku}/ledger?order=desc&limit=5", ApiRole.VIEWER, null),
            e("receive", "POST", inv + "/{sku}/receive", ApiRole.ADMIN, FuzzRequests::receive),
            e("adjust", "POST", inv + "/{sku}/adjust", ApiRole.ADMIN, FuzzRequests::adjust),
            e("reserve", "POST", inv + "/reserve", ApiRole.OPERATOR, FuzzRequests::reserve),
            e("release", "POST", inv + "/release/{order}?reason=fuzz", ApiRole.ADMIN, null),
            e("pick", "POST", inv + "/{sku}/pick", ApiRole.OPERATOR, FuzzRequests::pick),
            e("stage", "POST", inv + "/{sku}/stage", ApiRole.OPERATOR, FuzzRequests::stage),
            e("pack", "POST", inv + "/{sku}/pack", ApiRole.OPERATOR, FuzzRequests::allocation),
            e("ship", "POST", inv + "/{sku}/ship", ApiRole.OPERATOR, FuzzRequests::allocation),
            e(
                "return",
                "POST",
                inv + "/{sku}/return-to-shelf",
                ApiRole.OPERATOR,
                FuzzRequests::allocation),
            e(
                "shortage",
                "POST",
                inv + "/{sku}/shortage",
                ApiRole.OPERATOR,
                FuzzRequests::shortage),
            e("order-inventory", "GET", "/api/v1/orders/{order}/inventory", ApiRole.VIEWER, null),
            e("order-ledger", "GET", "/api/v1/orders/{order}/ledger", ApiRole.VIEWER, null),
            e("audit", "GET", "/api/v1/audit", ApiRole.VIEWER, null),
            e("events", "GET", "/api/v1/events?after=0&limit=5", ApiRole.VIEWER, null),
            e("place", "POST", ord, ApiRole.OPERATOR, FuzzRequests::place),
            e("order", "GET", ord + "/{apiOrder}", ApiRole.VIEWER, null),
            e("orders", "GET", ord + "?status=in_progress&limit=5", ApiRole.VIEWER, null),
            e(
                "pick-completed",
                "POST",
                ord + "/{apiOrder}/pick-completed",
                ApiRole.OPERATOR,
                FuzzRequests::pickCompleted),
            e("packed", "POST", ord + "/{apiOrder}/packed", ApiRole.OPERATOR, FuzzRequests::packed),
            e("cancel", "POST", ord + "/{apiOrder}/cancel", ApiRole.OPERATOR, FuzzRequests::cancel),
            e(
                "resolve-shortage",
                "POST",
                ord + "/{apiOrder}/resolve-shortage",
                ApiRole.OPERATOR,
                FuzzRequests::decision),
            e("health", "GET", "/actuator/health", null, null),
            e("prometheus", "GET", "/actuator/prometheus", ApiRole.VIEWER, null));
    if (all.size() != ENDPOINT_COUNT) {
      throw new IllegalStateException("ENDPOINT_COUNT is " + all.size());
    }
    return all;
  }

  private static Endpoint e(
      String name,
      String method,
      String path,
      ApiRole role,
      BiFunction<FuzzRequests, Random, ObjectNode> body) {
    return new Endpoint(name, method, path, role, body);
  }

  List<String> endpointNames() {
    return endpoints.stream().map(Endpoint::name).toList();
  }

  /** The request of a case, deterministic in the case. */
  Request build(Case c) {
    Random r = new Random(c.seed());
    Endpoint ep = endpoints.get(c.endpoint());
    String method = ep.method();
    String path =
        ep.path()
            .replace("{sku}", r.nextInt(10) < 7 ? fx.skuA : fx.skuB)
            .replace("{order}", r.nextBoolean() ? fx.reservedOrder : fx.allocatedOrder)
            .replace("{apiOrder}", r.nextInt(4) == 0 ? Api.unique("FZNONE") : fx.apiOrder);
    ObjectNode tree = ep.body() == null ? null : ep.body().apply(this, r);
    byte[] body = tree == null ? null : bytes(tree);
    boolean chunked = false;
    for (Mutation m : c.mutations()) {
      switch (m) {
        case DROP_FIELD -> drop(tree, r);
        case WRONG_TYPE -> set(tree, r, wrongType(r));
        case EDGE_NUMBER -> set(tree, r, edgeNumber(r));
        case EDGE_STRING -> set(tree, r, NODES.textNode(edgeString(r)));
        case UNKNOWN_FIELD -> unknownField(tree, r);
        case UNKNOWN_ID -> unknownId(tree, r);
        case WRONG_METHOD -> method = wrongMethod(method, r);
        case BAD_PATH_ID -> path = badPathId(path, r);
        case BAD_QUERY -> path = badQuery(path, r);
        case REPLACE_BODY, HUGE_BODY -> {}
      }
      body = tree == null ? null : bytes(tree);
    }
    if (c.mutations().contains(Mutation.REPLACE_BODY)) {
      body = garbage(r);
    }
    if (c.mutations().contains(Mutation.HUGE_BODY)) {
      body = huge(body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body, r);
      chunked = r.nextBoolean();
    }
    return new Request(
        ep.name(),
        method,
        path,
        body,
        chunked,
        contentType(c.contentType()),
        authorization(c.auth(), r),
        key(c.key(), r),
        c.mutations().contains(Mutation.WRONG_METHOD) ? null : ep.minRole(),
        c.auth(),
        c.mutations());
  }

  // ---- valid bodies ----

  private ObjectNode create(Random r) {
    return obj(
        "sku",
        "FZ-" + UUID.randomUUID().toString().substring(0, 8),
        "productName",
        "Fuzz widget",
        "reorderPoint",
        r.nextInt(5),
        "reorderQuantity",
        r.nextInt(50),
        "locations",
        NODES.arrayNode().add("A-1"));
  }

  private ObjectNode receive(Random r) {
    return obj("locationId", location(r), "quantity", 1 + r.nextInt(3), "referenceId", "PO-FZ");
  }

  private ObjectNode adjust(Random r) {
    ObjectNode o = obj("locationId", location(r), "reason", "cycle count", "createdBy", "fz");
    if (r.nextBoolean()) {
      o.put("delta", r.nextInt(5) - 2);
    } else {
      o.put("newQuantity", 40 + r.nextInt(200));
    }
    return o;
  }

  private ObjectNode reserve(Random r) {
    ArrayNode items = NODES.arrayNode();
    items.add(obj("sku", fx.skuA, "quantity", 1 + r.nextInt(3)));
    if (r.nextBoolean()) {
      items.add(obj("sku", fx.skuB, "quantity", 1));
    }
    return obj("orderId", r.nextBoolean() ? fx.reservedOrder : Api.unique("FZR"), "items", items);
  }

  private ObjectNode pick(Random r) {
    return obj(
        "orderId",
        r.nextBoolean() ? fx.reservedOrder : fx.allocatedOrder,
        "locationId",
        location(r),
        "quantity",
        1 + r.nextInt(2),
        "createdBy",
        "picker-fz");
  }

  private ObjectNode stage(Random r) {
    return obj(
        "reservationId",
        pickId(fx.reservationIds, r),
        "stagingLocationId",
        "STAGE-1",
        "stagedBy",
        "fz");
  }

  private ObjectNode allocation(Random r) {
    return obj("allocationId", pickId(fx.allocationIds, r), "packedBy", "fz", "shippedBy", "fz");
  }

  private ObjectNode shortage(Random r) {
    int expected = 1 + r.nextInt(3);
    return obj(
        "locationId",
        location(r),
        "orderId",
        fx.reservedOrder,
        "expectedQty",
        expected,
        "actualQty",
        r.nextInt(expected),
        "reason",
        List.of("not_found", "damaged", "quantity_mismatch", "stolen").get(r.nextInt(4)),
        "reportedBy",
        "fz");
  }

  private ObjectNode place(Random r) {
    ArrayNode items = NODES.arrayNode();
    items.add(obj("sku", r.nextInt(4) == 0 ? "FZ-NOSUCH" : fx.orderSku, "quantity", 1));
    return obj(
        "orderId",
        r.nextInt(5) == 0 ? fx.apiOrder : Api.unique("FZP"),
        "customerId",
        "C-1",
        "priority",
        List.of("low", "normal", "high", "urgent", "asap").get(r.nextInt(5)),
        "items",
        items);
  }

  private ObjectNode pickCompleted(Random r) {
    ArrayNode picked = NODES.arrayNode();
    picked.add(
        obj(
            "sku",
            fx.orderSku,
            "quantity",
            1 + r.nextInt(2),
            "locationId",
            "A-01",
            "toteId",
            "T1"));
    ArrayNode shortItems = NODES.arrayNode();
    if (r.nextBoolean()) {
      shortItems.add(
          obj(
              "sku",
              fx.orderSku,
              "locationId",
              "A-01",
              "requestedQty",
              2,
              "availableQty",
              r.nextInt(2),
              "reason",
              "damaged"));
    }
    return obj("pickerId", "picker-fz", "pickedItems", picked, "shortItems", shortItems);
  }

  private ObjectNode packed(Random r) {
    return obj("packedBy", "packer-fz");
  }

  private ObjectNode cancel(Random r) {
    return obj("reason", "fuzz", "requestedBy", "fz");
  }

  private ObjectNode decision(Random r) {
    return obj("decision", List.of("ship", "cancel", "maybe").get(r.nextInt(3)), "decidedBy", "fz");
  }

  private static String location(Random r) {
    return List.of("A-1", "A-1", "B-1", "Z-9").get(r.nextInt(4));
  }

  private static String pickId(List<String> ids, Random r) {
    synchronized (ids) {
      return ids.isEmpty() || r.nextInt(5) == 0
          ? UUID.randomUUID().toString()
          : ids.get(r.nextInt(ids.size()));
    }
  }

  // ---- mutations ----

  /** A random object in the body: the body itself or an object inside one of its arrays. */
  private static ObjectNode target(ObjectNode tree, Random r) {
    List<ObjectNode> objects = new ArrayList<>();
    objects.add(tree);
    tree.forEach(
        v -> {
          if (v.isArray()) {
            v.forEach(
                item -> {
                  if (item.isObject()) {
                    objects.add((ObjectNode) item);
                  }
                });
          }
        });
    return objects.get(r.nextInt(objects.size()));
  }

  private static String field(ObjectNode o, Random r) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names.isEmpty() ? "quantity" : names.get(r.nextInt(names.size()));
  }

  private static void drop(ObjectNode tree, Random r) {
    if (tree != null) {
      ObjectNode o = target(tree, r);
      o.remove(field(o, r));
    }
  }

  private static void set(ObjectNode tree, Random r, JsonNode value) {
    if (tree != null) {
      ObjectNode o = target(tree, r);
      o.set(field(o, r), value);
    }
  }

  private static void unknownField(ObjectNode tree, Random r) {
    if (tree != null) {
      target(tree, r).put(List.of("colour", "id", "__proto__", "Quantity").get(r.nextInt(4)), 1);
    }
  }

  private static void unknownId(ObjectNode tree, Random r) {
    if (tree == null) {
      return;
    }
    ObjectNode o = target(tree, r);
    for (String f :
        List.of("sku", "orderId", "locationId", "reservationId", "allocationId", "customerId")) {
      if (o.has(f) && r.nextBoolean()) {
        o.put(f, f.endsWith("nId") ? UUID.randomUUID().toString() : Api.unique("NOPE"));
      }
    }
  }

  private static JsonNode wrongType(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> NODES.textNode("5");
      case 1 -> NODES.booleanNode(true);
      case 2 -> NODES.arrayNode().add(1);
      case 3 -> NODES.objectNode().put("a", 1);
      case 4 -> NODES.nullNode();
      case 5 -> NODES.numberNode(1.5);
      case 6 -> NODES.textNode("");
      default -> NODES.numberNode(7);
    };
  }

  private static JsonNode edgeNumber(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> NODES.numberNode(0);
      case 1 -> NODES.numberNode(-1);
      case 2 -> NODES.numberNode(1_000_000_000L);
      case 3 -> NODES.numberNode(1_000_000_001L);
      case 4 -> NODES.numberNode(Long.MAX_VALUE);
      case 5 -> NODES.numberNode(Long.MIN_VALUE);
      case 6 -> NODES.numberNode(BigInteger.TWO.pow(64));
      case 7 -> NODES.numberNode(new BigDecimal("1e30"));
      case 8 -> NODES.numberNode(Integer.MAX_VALUE + 1L);
      case 9 -> NODES.numberNode(-0.0);
      case 10 -> NODES.numberNode(1_000_000);
      default -> NODES.numberNode(1_000_001);
    };
  }

  private static String edgeString(Random r) {
    return switch (r.nextInt(13)) {
      case 0 -> "";
      case 1 -> " ";
      case 2 -> "x".repeat(65);
      case 3 -> "x".repeat(129);
      case 4 -> "x".repeat(501);
      case 5 -> "x".repeat(20_000);
      case 6 -> "a\u0000b";
      case 7 -> "a\u0007b\nc";
      case 8 -> "a\uD800b";
      case 9 -> "Ger\u00e4t \u2713 \u65e5\u672c \uD83D\uDCE6";
      case 10 -> "' OR 1=1; DROP TABLE ledger; --";
      case 11 -> "../../etc/passwd";
      default -> "%00%FF<script>";
    };
  }

  private static String wrongMethod(String method, Random r) {
    List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
    others.remove(method);
    return others.get(r.nextInt(others.size()));
  }

  private String badPathId(String path, Random r) {
    String bad =
        List.of(
                "bad%20sku",
                "a%2Fb",
                "%00",
                "%FF",
                "%C3%28",
                "%C0%AF",
                "..",
                "%2e%2e",
                "x".repeat(70),
                "%E2%9C%93",
                "a;b",
                "-lead",
                Api.unique("NOPE"))
            .get(r.nextInt(13));
    for (String id : List.of(fx.skuA, fx.skuB, fx.reservedOrder, fx.allocatedOrder, fx.apiOrder)) {
      if (path.contains(id)) {
        return path.replace(id, bad);
      }
    }
    return path + "/" + bad;
  }

  private static String badQuery(String path, Random r) {
    String q =
        List.of(
                "limit=-1",
                "limit=abc",
                "limit=99999999999",
                "after=%FF",
                "after=%00",
                "lowStock=maybe",
                "reason=%C0%AF",
                "reason=" + "r".repeat(600),
                "status=lost",
                "status=",
                "after=-5",
                "limit=%31%30",
                "limit=0")
            .get(r.nextInt(13));
    return path + (path.contains("?") ? "&" : "?") + q;
  }

  private static byte[] garbage(Random r) {
    return switch (r.nextInt(14)) {
      case 0 -> new byte[0];
      case 1 -> "{".getBytes(StandardCharsets.UTF_8);
      case 2 -> "[]".getBytes(StandardCharsets.UTF_8);
      case 3 -> "null".getBytes(StandardCharsets.UTF_8);
      case 4 -> "\"text\"".getBytes(StandardCharsets.UTF_8);
      case 5 -> "123".getBytes(StandardCharsets.UTF_8);
      case 6 -> "{\"quantity\":1,\"quantity\":2}".getBytes(StandardCharsets.UTF_8);
      case 7 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
      case 8 -> ("{\"a\":".repeat(2000) + "1" + "}".repeat(2000)).getBytes(StandardCharsets.UTF_8);
      case 9 ->
          new byte[] {'{', '"', 's', 'k', 'u', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
      case 10 -> "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
      case 11 -> "{\"a\":1}".getBytes(StandardCharsets.UTF_16);
      case 12 -> "{\"quantity\":1e999999}".getBytes(StandardCharsets.UTF_8);
      default -> {
        byte[] b = new byte[1 + r.nextInt(64)];
        r.nextBytes(b);
        yield b;
      }
    };
  }

  /** The body padded with spaces to just over, or far over, the 64 KiB limit. */
  private static byte[] huge(byte[] body, Random r) {
    int size = 64 * 1024 + 1 + (r.nextBoolean() ? 0 : r.nextInt(192 * 1024));
    byte[] out = Arrays.copyOf(body, Math.max(size, body.length));
    Arrays.fill(out, body.length, out.length, (byte) ' ');
    return out;
  }

  // ---- headers ----

  private static String contentType(ContentType t) {
    return switch (t) {
      case JSON -> "application/json";
      case TEXT -> "text/plain";
      case NONE -> null;
      case BOGUS_CHARSET -> "application/json; charset=no-such-charset";
      case LATIN1 -> "application/json; charset=ISO-8859-1";
    };
  }

  private static String authorization(Auth auth, Random r) {
    return switch (auth) {
      case ADMIN -> "Bearer " + Api.ADMIN_TOKEN;
      case OPERATOR -> "Bearer " + Api.OPERATOR_TOKEN;
      case VIEWER -> "Bearer " + Api.VIEWER_TOKEN;
      case NONE -> null;
      case BAD -> "Bearer " + Api.unique("not-a-token-at-all");
      case MALFORMED ->
          List.of("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer  ", Api.ADMIN_TOKEN, "Token x")
              .get(r.nextInt(5));
    };
  }

  private String key(Key key, Random r) {
    return switch (key) {
      case NONE -> null;
      case FRESH -> {
        counter++;
        String k = "fz-" + counter + "-" + r.nextInt(1000);
        usedKeys.add(k);
        yield k;
      }
      case REUSED -> usedKeys.isEmpty() ? null : usedKeys.get(r.nextInt(usedKeys.size()));
      case INVALID -> List.of("has space", "x".repeat(201), "", "a\tb").get(r.nextInt(4));
    };
  }

  // ---- helpers ----

  private static ObjectNode obj(Object... keysAndValues) {
    ObjectNode o = NODES.objectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      o.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    return o;
  }

  private static byte[] bytes(JsonNode tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
