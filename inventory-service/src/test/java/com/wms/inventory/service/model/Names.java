package com.wms.inventory.service.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The names a sequence's steps use, and what they stand for in one run of it. Steps name SKUs,
 * orders, keys, reservations and allocations symbolically ({@code @sku1}, {@code @order0}, {@code
 * @key4}, {@code @res2} for the third reservation the run made, {@code @alloc0}), so that the same
 * steps replayed while jqwik shrinks a failing sequence mean the same things in a fresh run with
 * SKUs and orders of its own. A reservation or allocation the run has not made (yet) stands for an
 * id nobody knows.
 */
final class Names {
  static final List<String> SKUS = List.of("@sku0", "@sku1", "@sku2");
  static final List<String> ORDERS = List.of("@order0", "@order1", "@order2");

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> reservations = new ArrayList<>();
  private final List<String> allocations = new ArrayList<>();

  /** What a symbol stands for in this run; any other text stands for itself. */
  String actual(String text) {
    if (text == null || !text.startsWith("@")) {
      return text;
    }
    int i = Integer.parseInt(text.replaceAll("\\D", ""));
    if (text.startsWith("@sku")) {
      return "M" + run + "-" + (char) ('A' + i);
    } else if (text.startsWith("@order")) {
      return "O" + run + "-" + i;
    } else if (text.startsWith("@key")) {
      return "model-" + run + "-" + i;
    } else if (text.startsWith("@res")) {
      return i < reservations.size() ? reservations.get(i) : unknown(text);
    } else if (text.startsWith("@alloc")) {
      return i < allocations.size() ? allocations.get(i) : unknown(text);
    }
    throw new IllegalArgumentException("no such symbol: " + text);
  }

  /** The symbol of a SKU, order, reservation or allocation of this run. */
  String symbol(String actual) {
    for (List<String> symbols : List.of(SKUS, ORDERS)) {
      for (String s : symbols) {
        if (actual(s).equals(actual)) {
          return s;
        }
      }
    }
    if (reservations.contains(actual)) {
      return "@res" + reservations.indexOf(actual);
    }
    if (allocations.contains(actual)) {
      return "@alloc" + allocations.indexOf(actual);
    }
    return actual;
  }

  /** The command as sent in this run. */
  Command actual(Command c) {
    return new Command(
        c.op(),
        actual(c.target()),
        c.body() == null ? null : (ObjectNode) actual(c.body().deepCopy()),
        c.principal(),
        actual(c.key()));
  }

  /** Learns the ids the service chose for the model's placeholders, in the order they were made. */
  void learn(Map<String, String> bound) {
    bound.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getKey().substring(2))))
        .forEach(e -> (e.getKey().startsWith("$R") ? reservations : allocations).add(e.getValue()));
  }

  private JsonNode actual(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.fieldNames().forEachRemaining(name -> o.set(name, actual(o.get(name))));
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, actual(a.get(i)));
      }
    } else if (node.isTextual()) {
      return TextNode.valueOf(actual(node.asText()));
    }
    return node;
  }

  private String unknown(String symbol) {
    return UUID.nameUUIDFromBytes((run + symbol).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
