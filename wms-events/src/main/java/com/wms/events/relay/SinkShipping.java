package com.wms.events.relay;

import com.wms.events.EventSink;
import com.wms.events.PublishedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Ships one sink, on the lock's connection: the published events of its stream after its cursor, in
 * order, then the cursor past them. A holder that dies between delivery and cursor leaves the
 * cursor behind, and the next holder delivers those events again, with the same ids.
 */
final class SinkShipping implements LeaderLoop.Step {
  private final EventSink sink;
  private final int batchSize;
  private Connection known;
  private JdbcTemplate jdbc;

  SinkShipping(EventSink sink, int batchSize) {
    this.sink = sink;
    this.batchSize = batchSize;
  }

  @Override
  public boolean run(Connection c) throws Exception {
    if (c != known) {
      c.setAutoCommit(true);
      jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
      known = c;
    }
    long cursor = cursor();
    List<PublishedEvent> events =
        jdbc.query(
            "SELECT seq, event_id, type, subject, event_time, body FROM published_event"
                + " WHERE stream = ? AND seq > ? ORDER BY seq LIMIT ?",
            (rs, i) ->
                new PublishedEvent(
                    rs.getLong("seq"),
                    rs.getString("event_id"),
                    rs.getString("type"),
                    rs.getString("subject"),
                    rs.getTimestamp("event_time").toInstant(),
                    rs.getString("body")),
            sink.stream(),
            cursor,
            batchSize);
    if (events.isEmpty()) {
      return false;
    }
    sink.deliver(events);
    jdbc.update(
        "INSERT INTO event_sink_cursor (sink, seq) VALUES (?, ?)"
            + " ON CONFLICT (sink) DO UPDATE SET seq = excluded.seq",
        sink.name(),
        events.get(events.size() - 1).seq());
    return events.size() == batchSize;
  }

  private long cursor() throws SQLException {
    return jdbc
        .query(
            "SELECT seq FROM event_sink_cursor WHERE sink = ?",
            (rs, i) -> rs.getLong(1),
            sink.name())
        .stream()
        .findFirst()
        .orElse(0L);
  }
}
