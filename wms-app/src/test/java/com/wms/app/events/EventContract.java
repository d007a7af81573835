package com.wms.app.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committed AsyncAPI document ({@code docs/asyncapi.yaml}) as a checker: each event must match
 * the message of its type (the payload schema's {@code type} const), envelope and data.
 */
public final class EventContract {
  private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

  private final Map<String, JsonSchema> byType = new HashMap<>();

  private EventContract(JsonNode asyncApi) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    asyncApi
        .at("/components/messages")
        .fields()
        .forEachRemaining(
            m -> {
              String type = m.getValue().get("name").asText();
              ObjectNode schema = new ObjectMapper().createObjectNode();
              schema.put("$ref", "#/components/messages/" + m.getKey() + "/payload");
              schema.set("components", asyncApi.get("components"));
              byType.put(type, factory.getSchema(schema, config));
            });
  }

  public static EventContract load() {
    return new EventContract(document());
  }

  /** The committed document as a tree. */
  static JsonNode document() {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
    }
  }

  /** The event types the document describes. */
  public Set<String> types() {
    return byType.keySet();
  }

  /** What is wrong with each event, as "id type: message" lines; empty when all validate. */
  public List<String> violations(List<JsonNode> events) {
    List<String> wrong = new ArrayList<>();
    for (JsonNode e : events) {
      String type = e.path("type").asText();
      JsonSchema schema = byType.get(type);
      if (schema == null) {
        wrong.add(e.path("id").asText() + " " + type + ": no message of this type in the document");
        continue;
      }
      for (ValidationMessage m : schema.validate(e)) {
        wrong.add(e.path("id").asText() + " " + type + ": " + m.getMessage());
      }
    }
    return wrong;
  }
}
