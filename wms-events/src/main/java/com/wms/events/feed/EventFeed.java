package com.wms.events.feed;

import com.wms.events.EventsSchema;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pages of {@code published_event} in publication order, as the feed answers them. */
@Repository
class EventFeed {
  private final JdbcClient jdbc;

  EventFeed(JdbcClient jdbc, EventsSchema schema) {
    this.jdbc = jdbc;
  }

  /** A page: the events' JSON in order, and the cursor after the last one. */
  record Page(List<String> events, long next) {
    String json() {
      return "{\"events\":[" + String.join(",", events) + "],\"next\":" + next + "}";
    }
  }

  private record Row(long seq, String body) {}

  /**
   * The events after {@code after}. Numbers are dense, so a first event that is not {@code after +
   * 1}, or none while newer numbers exist, means the events after the cursor were purged (older
   * than the retention): 410, the consumer must start again from the balances.
   */
  Page page(long after, int limit) {
    List<Row> rows =
        jdbc.sql("SELECT seq, body FROM published_event WHERE seq > ? ORDER BY seq LIMIT ?")
            .params(after, limit)
            .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2)))
            .list();
    boolean purged =
        rows.isEmpty()
            ? after
                < jdbc.sql("SELECT last_seq FROM event_sequence WHERE id = 1")
                    .query(Long.class)
                    .single()
            : rows.get(0).seq() != after + 1;
    if (purged) {
      throw new FeedException(
          HttpStatus.GONE,
          "CURSOR_EXPIRED",
          "the events after "
              + after
              + " are older than the retention and were deleted; read the balances and follow"
              + " the feed from its newest events");
    }
    long next = rows.isEmpty() ? after : rows.get(rows.size() - 1).seq();
    return new Page(rows.stream().map(Row::body).toList(), next);
  }
}
