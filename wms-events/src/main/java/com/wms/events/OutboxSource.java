package com.wms.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox rows of one stream. A row is deleted in the transaction that publishes it, so every
 * row the relay can see is unpublished; rows of one subject become visible in id order (their
 * writers held the subject's lock), so reading in id order keeps each subject's order.
 */
final class OutboxSource implements EventSource {
  private final String stream;

  OutboxSource(String stream) {
    this.stream = stream;
  }

  @Override
  public Read read(RelayTransaction tx, int limit) {
    List<Long> ids = new ArrayList<>();
    List<PendingEvent> events =
        tx.jdbc()
            .query(
                "SELECT o.outbox_id, o.type, o.subject, o.data, "
                    + tx.commitTime("o.xmin", "o.created_at")
                    + " AS time FROM event_outbox o WHERE o.stream = ?"
                    + " ORDER BY o.outbox_id LIMIT ?",
                (rs, i) -> {
                  ids.add(rs.getLong("outbox_id"));
                  return new PendingEvent(
                      "outbox-" + rs.getLong("outbox_id"),
                      rs.getString("type"),
                      rs.getString("subject"),
                      rs.getTimestamp("time").toInstant(),
                      parse(rs.getString("data")));
                },
                stream,
                limit);
    if (events.isEmpty()) {
      return Read.none();
    }
    return new Read(
        events,
        events.size() == limit,
        () ->
            tx.jdbc()
                .update(
                    "DELETE FROM event_outbox WHERE outbox_id = ANY(?)",
                    ps -> {
                      Array array = ps.getConnection().createArrayOf("bigint", ids.toArray());
                      ps.setArray(1, array);
                    }));
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String data) {
    try {
      return EventOutbox.JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outbox data is not JSON: " + data, e);
    }
  }
}
