package com.wms.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes events that are not ledger movements (an item created, an order's status changed) into the
 * outbox, in the caller's transaction: the event exists if and only if the change commits. The
 * caller holds the lock of the event's subject (the new SKU row, the order row), so the events of
 * one subject commit in the order of their outbox ids.
 */
@Component
public class EventOutbox {
  static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  /** {@code schema}: the event tables exist (it is their migration). */
  public EventOutbox(JdbcClient jdbc, EventsSchema schema) {
    this.jdbc = jdbc;
    this.json = JSON;
  }

  /** Appends one event of {@code stream}; {@code data} becomes the CloudEvents {@code data}. */
  public void append(String stream, String type, String subject, Object data) {
    String text;
    try {
      text = json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event data of " + type + " is not JSON", e);
    }
    jdbc.sql("INSERT INTO event_outbox (stream, type, subject, data) VALUES (?, ?, ?, ?)")
        .params(stream, type, subject, text)
        .update();
  }

  /** The outbox rows of {@code stream} as an event source. */
  public EventSource source(String stream) {
    return new OutboxSource(stream);
  }
}
