package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an answer with the model's expectation, member by member and exactly (no member missing,
 * none extra). Lists are compared without regard to order where the API promises none: both sides
 * are sorted by SKU, location and id. A placeholder such as {@code $R1} in the expectation matches
 * a fresh UUID the service chose, and learns it.
 */
final class JsonMatch {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final List<String> SORT_BY =
      List.of("sku", "locationId", "sourceLocationId", "reservationId", "allocationId");

  private final Set<String> knownIds;
  private final Map<String, String> bound = new HashMap<>();
  private final List<String> differences = new ArrayList<>();

  /**
   * @param knownIds ids already in use: a placeholder must bind to a new one
   */
  JsonMatch(Set<String> knownIds) {
    this.knownIds = knownIds;
  }

  /** The differences between the two values (empty when they match). */
  List<String> compare(JsonNode expected, JsonNode actual) {
    walk("", expected, actual);
    return differences;
  }

  /** The ids the placeholders matched. */
  Map<String, String> bound() {
    return bound;
  }

  private void walk(String at, JsonNode expected, JsonNode actual) {
    if (actual == null || actual.isMissingNode()) {
      differences.add(at + ": missing, expected " + expected);
    } else if (expected.isTextual() && expected.asText().startsWith("$")) {
      placeholder(at, expected.asText(), actual);
    } else if (expected.isObject() && actual.isObject()) {
      Iterator<String> names = actual.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!expected.has(name)) {
          differences.add(at + "." + name + ": not expected, got " + actual.get(name));
        }
      }
      expected
          .fields()
          .forEachRemaining(e -> walk(at + "." + e.getKey(), e.getValue(), actual.get(e.getKey())));
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        differences.add(
            at
                + ": "
                + actual.size()
                + " elements, expected "
                + expected.size()
                + ": "
                + expected
                + " got "
                + actual);
        return;
      }
      List<JsonNode> e = sorted((ArrayNode) expected);
      List<JsonNode> a = sorted((ArrayNode) actual);
      for (int i = 0; i < e.size(); i++) {
        walk(at + "[" + i + "]", e.get(i), a.get(i));
      }
    } else if (at.endsWith(".expiresAt") && expected.isTextual() && actual.isTextual()) {
      if (!Instant.parse(expected.asText()).equals(Instant.parse(actual.asText()))) {
        differences.add(at + ": " + actual + ", expected " + expected);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.asLong() != actual.asLong() || !actual.canConvertToLong()) {
        differences.add(at + ": " + actual + ", expected " + expected);
      }
    } else if (!expected.equals(actual)) {
      differences.add(at + ": " + actual + ", expected " + expected);
    }
  }

  private void placeholder(String at, String name, JsonNode actual) {
    String id = actual.asText();
    String earlier = bound.get(name);
    if (earlier != null) {
      if (!earlier.equals(id)) {
        differences.add(at + ": " + id + ", expected the id " + earlier + " chosen before");
      }
    } else if (!actual.isTextual() || !UUID.matcher(id).matches()) {
      differences.add(at + ": " + actual + " is not a new UUID");
    } else if (knownIds.contains(id) || bound.containsValue(id)) {
      differences.add(at + ": " + id + " is not new");
    } else {
      bound.put(name, id);
    }
  }

  private static List<JsonNode> sorted(ArrayNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    list.sort(Comparator.comparing(JsonMatch::sortKey));
    return list;
  }

  private static String sortKey(JsonNode n) {
    if (!(n instanceof ObjectNode o)) {
      return n.toString();
    }
    StringBuilder key = new StringBuilder();
    for (String field : SORT_BY) {
      key.append(o.path(field).asText("")).append('\u0000');
    }
    return key.toString();
  }
}
