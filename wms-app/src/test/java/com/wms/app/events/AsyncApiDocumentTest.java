package com.wms.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed AsyncAPI document itself: an AsyncAPI 3.0.0 document whose references all resolve,
 * whose operations send the messages of their own channels, whose schemas are valid JSON Schema
 * (draft 7, AsyncAPI's default schema format), and which describes exactly the event types the
 * service publishes. (That every published event validates against it is checked by {@link
 * EventsUnderFireIT} and {@code OrderEventsIT}.)
 */
class AsyncApiDocumentTest {
  private static final String INVENTORY = "wms.inventory.";
  private static final String ORDER = "wms.order.";
  private static final Map<String, List<String>> TYPES_BY_CHANNEL =
      Map.of(
          "wms.inventory.events",
          Stream.of(
                  "item-created",
                  "received",
                  "reserved",
                  "released",
                  "picked",
                  "staged",
                  "packed",
                  "shipped",
                  "returned-to-shelf",
                  "stock-shortage",
                  "adjusted",
                  "low-stock-alert",
                  "low-stock-cleared")
              .map(t -> INVENTORY + t)
              .toList(),
          "wms.order.events",
          Stream.of(
                  "placed",
                  "picking",
                  "packed",
                  "shipped",
                  "partially-shipped",
                  "backordered",
                  "cancelled",
                  "on-hold",
                  "needs-reconciliation",
                  "rejected",
                  "failed")
              .map(t -> ORDER + t)
              .toList());

  private final JsonNode document = EventContract.document();

  @Test
  void theDocumentIsAsyncApiThreeAndEveryReferenceResolves() {
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);
    assertThat(refs).isNotEmpty();
    assertThat(refs)
        .as("references that point at nothing")
        .filteredOn(ref -> !ref.startsWith("#/") || resolve(ref).isMissingNode())
        .isEmpty();
  }

  @Test
  void eachChannelCarriesExactlyItsEventTypesAndAnOperationSendsEveryOneOfThem() {
    Set<String> described = new HashSet<>();
    document
        .path("channels")
        .fields()
        .forEachRemaining(
            channel -> {
              String address = channel.getValue().path("address").asText();
              List<String> names = new ArrayList<>();
              channel
                  .getValue()
                  .path("messages")
                  .forEach(m -> names.add(resolve(m.path("$ref").asText()).path("name").asText()));
              assertThat(names)
                  .as("messages of channel %s", address)
                  .containsExactlyInAnyOrderElementsOf(TYPES_BY_CHANNEL.get(address));
              described.add(address);
              List<String> keys = new ArrayList<>();
              channel.getValue().path("messages").fieldNames().forEachRemaining(keys::add);
              assertThat(sentMessages(channel.getKey()))
                  .as("what the operations send on %s", address)
                  .containsExactlyInAnyOrderElementsOf(keys);
            });
    assertThat(described).isEqualTo(TYPES_BY_CHANNEL.keySet());
    assertThat(EventContract.load().types())
        .containsExactlyInAnyOrderElementsOf(
            TYPES_BY_CHANNEL.values().stream().flatMap(List::stream).toList());
  }

  @Test
  void eachMessagesPayloadIsAValidSchemaThatFixesTheEventTypeToTheMessageName() {
    JsonSchema draft7 =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaLocation.of(SchemaId.V7));
    List<String> invalid = new ArrayList<>();
    document
        .at("/components/schemas")
        .fields()
        .forEachRemaining(s -> invalid.addAll(messages(s.getKey(), draft7.validate(s.getValue()))));
    document
        .at("/components/messages")
        .fields()
        .forEachRemaining(
            m -> {
              JsonNode payload = m.getValue().path("payload");
              invalid.addAll(messages(m.getKey(), draft7.validate(payload)));
              assertThat(payload.findValues("type"))
                  .as("the payload of %s fixes type to its name", m.getKey())
                  .anyMatch(
                      t -> t.path("const").asText().equals(m.getValue().path("name").asText()));
            });
    assertThat(invalid).isEmpty();
  }

  /** The message keys of channel {@code key} that the document's operations send. */
  private List<String> sentMessages(String key) {
    String prefix = "#/channels/" + key + "/messages/";
    List<String> sent = new ArrayList<>();
    document
        .path("operations")
        .forEach(
            op -> {
              if (!op.at("/channel/$ref").asText().equals("#/channels/" + key)) {
                return;
              }
              assertThat(op.path("action").asText()).isIn("send", "receive");
              op.path("messages")
                  .forEach(
                      m -> {
                        String ref = m.path("$ref").asText();
                        assertThat(ref)
                            .as("an operation's message is of its channel")
                            .startsWith(prefix);
                        sent.add(ref.substring(prefix.length()));
                      });
            });
    return sent;
  }

  private JsonNode resolve(String ref) {
    return document.at(ref.substring(1));
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.path("$ref").isTextual()) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  private static List<String> messages(String where, Set<ValidationMessage> found) {
    return found.stream().map(m -> where + ": " + m.getMessage()).toList();
  }
}
