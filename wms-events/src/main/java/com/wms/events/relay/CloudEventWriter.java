package com.wms.events.relay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wms.events.PendingEvent;

/**
 * CloudEvents 1.0 in the JSON event format: the attributes in a fixed order, then {@code data}.
 * {@code sequence} (the CloudEvents sequence extension) is the event's place in the publication
 * order, as a decimal string.
 */
final class CloudEventWriter {
  /** Event JSON: no nulls, nothing that depends on the calling service's Jackson settings. */
  static final ObjectMapper MAPPER =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private CloudEventWriter() {}

  static String write(String source, PendingEvent e, long seq) {
    ObjectNode event = MAPPER.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", e.id());
    event.put("source", source);
    event.put("type", e.type());
    event.put("subject", e.subject());
    event.put("time", e.time().toString());
    event.put("datacontenttype", "application/json");
    event.put("sequence", Long.toString(seq));
    event.set("data", e.data());
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a tree of JSON nodes always serializes", ex);
    }
  }
}
