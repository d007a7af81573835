package com.wms.events.relay;

import com.wms.events.EventSource;
import com.wms.events.EventStream;
import com.wms.events.PendingEvent;
import com.wms.events.RelayTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Publishes one stream: in one READ COMMITTED transaction on the lock's connection, reads what its
 * sources have that is new, appends it to {@code published_event} and marks it published at the
 * sources. A crash anywhere rolls all of it back, and the next holder reads the same rows again.
 *
 * <p>The sources are read last to first: each read has a snapshot at least as new as the reads of
 * the sources after it, so when a later source returns an event (a SKU's first movement), what it
 * depends on (the SKU's creation, which committed first) is visible to the earlier source's read.
 */
final class Relay implements LeaderLoop.Step {
  private static final Logger log = LoggerFactory.getLogger(Relay.class);

  private final EventStream stream;
  private final int batchSize;
  private final Duration retention;
  private final Duration purgeInterval;
  private Connection known;
  private JdbcTemplate jdbc;
  private boolean commitTimestamps;
  private Instant nextPurge = Instant.EPOCH;
  private long published;

  Relay(EventStream stream, int batchSize, Duration retention, Duration purgeInterval) {
    this.stream = stream;
    this.batchSize = batchSize;
    this.retention = retention;
    this.purgeInterval = purgeInterval;
  }

  @Override
  public boolean run(Connection c) throws SQLException {
    if (c != known) {
      attach(c);
    }
    purgeWhenDue(c);
    RelayTransaction tx = new RelayTransaction(jdbc, commitTimestamps);
    try {
      List<EventSource> sources = stream.sources();
      EventSource.Read[] reads = new EventSource.Read[sources.size()];
      for (int i = sources.size() - 1; i >= 0; i--) {
        reads[i] = sources.get(i).read(tx, batchSize);
      }
      List<PendingEvent> events = new ArrayList<>();
      boolean more = false;
      for (EventSource.Read read : reads) {
        events.addAll(read.events());
        read.markPublished().run();
        if (read.truncated()) {
          more = true;
          break;
        }
      }
      if (events.isEmpty()) {
        c.rollback();
        return false;
      }
      Publication.append(jdbc, stream, events);
      c.commit();
      published += events.size();
      return more;
    } catch (RuntimeException | SQLException e) {
      rollbackQuietly(c);
      throw e;
    }
  }

  /** How many events this replica's relay has published since it started. */
  long published() {
    return published;
  }

  private void attach(Connection c) throws SQLException {
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW track_commit_timestamp")) {
      rs.next();
      commitTimestamps = "on".equals(rs.getString(1));
    }
    c.commit();
    if (!commitTimestamps) {
      log.warn(
          "relay {}: track_commit_timestamp is off, so event times are the transactions' start"
              + " times; turn it on in postgresql.conf for commit times",
          stream.name());
    }
    jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
    known = c;
  }

  /** Deletes this stream's published events older than the retention, in bounded batches. */
  private void purgeWhenDue(Connection c) throws SQLException {
    Instant now = Instant.now();
    if (now.isBefore(nextPurge)) {
      return;
    }
    nextPurge = now.plus(purgeInterval);
    int deleted;
    do {
      deleted =
          jdbc.update(
              "DELETE FROM published_event WHERE seq IN (SELECT seq FROM published_event"
                  + " WHERE stream = ? AND published_at < now() - make_interval(secs => ?)"
                  + " ORDER BY seq LIMIT 10000)",
              stream.name(),
              (double) retention.toSeconds());
      c.commit();
    } while (deleted == 10000);
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the loop closes it and starts again.
    }
  }
}
