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

  private record Row(long last, Long seq, String body) {}

  /**
   * The events after {@code after}. Numbers are dense, so a first event that is not {@code after +
   * 1}, or none while newer numbers exist, means the events after the cursor were purged (older
   * than the retention): 410, the consumer must start again from the balances. The page and the
   * newest number are read in one statement, so a publication between them cannot look like a
   * purge.
   */
  Page page(long after, int limit) {
    List<Row> found =
        jdbc.sql(
                "SELECT s.last_seq, p.seq, p.body FROM event_sequence s LEFT JOIN LATERAL"
                    + " (SELECT seq, body FROM published_event WHERE seq > ? ORDER BY seq LIMIT ?)"
                    + " p ON true WHERE s.id = 1 ORDER BY p.seq")
            .params(after, limit)
            .query((rs, i) -> new Row(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3)))
            .list();
    List<Row> rows = found.stream().filter(r -> r.seq() != null).toList();
    boolean purged = rows.isEmpty() ? after < found.get(0).last() : rows.get(0).seq() != after + 1;
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
