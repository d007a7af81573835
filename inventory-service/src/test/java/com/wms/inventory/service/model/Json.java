package com.wms.inventory.service.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON helpers of the model test: building objects and one canonical text per value. */
final class Json {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Json() {}

  /** An object from alternating names and values; null values are left out, as the API does. */
  static ObjectNode obj(Object... namesAndValues) {
    ObjectNode o = NODES.objectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object v = namesAndValues[i + 1];
      if (v != null) {
        o.set((String) namesAndValues[i], v instanceof JsonNode n ? n : CANONICAL.valueToTree(v));
      }
    }
    return o;
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** The value with object members sorted by name, as one line of text. */
  static String canonical(JsonNode node) {
    if (node == null) {
      return "";
    }
    try {
      Object plain = CANONICAL.treeToValue(node, Object.class);
      return CANONICAL.writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
