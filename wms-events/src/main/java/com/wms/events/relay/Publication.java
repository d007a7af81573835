package com.wms.events.relay;

import com.wms.events.EventStream;
import com.wms.events.PendingEvent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends events to {@code published_event} in the relay's transaction: numbers them from {@code
 * event_sequence} (whose row lock, held to commit, makes numbers dense and committed in order, also
 * across the relays of several streams) and wakes the feeds with a NOTIFY sent on commit.
 */
final class Publication {
  static final String CHANNEL = "wms_events";

  private Publication() {}

  static void append(JdbcTemplate jdbc, EventStream stream, List<PendingEvent> events) {
    Long last =
        jdbc.queryForObject(
            "UPDATE event_sequence SET last_seq = last_seq + ? WHERE id = 1 RETURNING last_seq",
            Long.class,
            events.size());
    long seq = last - events.size() + 1;
    List<Object[]> rows = new ArrayList<>(events.size());
    for (PendingEvent e : events) {
      rows.add(
          new Object[] {
            seq,
            stream.name(),
            e.id(),
            e.type(),
            e.subject(),
            Timestamp.from(e.time()),
            CloudEventWriter.write(stream.source(), e, seq)
          });
      seq++;
    }
    jdbc.batchUpdate(
        "INSERT INTO published_event (seq, stream, event_id, type, subject, event_time, body)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.execute("NOTIFY " + CHANNEL);
  }
}
