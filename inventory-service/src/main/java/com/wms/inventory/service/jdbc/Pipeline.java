package com.wms.inventory.service.jdbc;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The statements of one transaction in as few round trips as the data they depend on allows.
 * Statements whose result is only a row count (writes, and row locks the caller does not read) are
 * queued with the check of that count; they are sent together with the next query, or at the latest
 * just before the commit, as one multi-statement string that PostgreSQL's driver sends without
 * waiting in between, and PostgreSQL runs in order. A query therefore sees every write queued
 * before it, and each statement still runs alone under READ COMMITTED rules (a query after a queued
 * row lock reads after the lock was granted). A check that fails throws, and the exception rolls
 * the transaction back with everything sent before it.
 *
 * <p>Every statement of a transaction that uses this must go through it (or call {@link #flush}
 * first), so that order is kept. Outside a transaction a queued statement runs at once.
 */
@Component
public class Pipeline {
  /** Checks the row count of a queued statement; throws to refuse the transaction. */
  @FunctionalInterface
  public interface RowCount {
    void check(int rows);

    /** Accepts any count. */
    RowCount ANY = rows -> {};
  }

  private final JdbcTemplate jdbc;
  private final AtomicLong roundTrips = new AtomicLong();

  Pipeline(JdbcTemplate jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    FunctionCounter.builder("wms.inventory.db.round.trips", roundTrips, AtomicLong::get)
        .description("round trips to PostgreSQL for statements (commits not counted)")
        .register(meters);
  }

  private record Queued(String sql, Object[] args, RowCount check) {}

  /** Queues a statement whose only result is its row count. */
  public void queue(String sql, RowCount check, Object... args) {
    List<Queued> queue = queue();
    if (queue == null) {
      send(List.of(new Queued(sql, args, check)), null, null, null);
      return;
    }
    queue.add(new Queued(sql, args, check));
  }

  /**
   * Queues one statement for each of {@code rows}, each row's count checked. One row is queued as
   * by {@link #queue}; many rows are sent at once as a JDBC batch after everything queued (one
   * round trip for all rows, with one prepared statement, instead of a string as long as the list).
   */
  public void queueAll(String sql, RowCount check, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (rows.size() == 1) {
      queue(sql, check, rows.get(0));
      return;
    }
    for (int count : batch(sql, rows)) {
      check.check(count);
    }
  }

  /** Runs a query after everything queued, in the same round trip. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    List<Queued> queue = queue();
    List<Queued> before = queue == null ? List.of() : List.copyOf(queue);
    if (queue != null) {
      queue.clear();
    }
    return send(before, sql, args, mapper);
  }

  /** {@link #query} for at most one row. */
  public <T> Optional<T> queryOptional(String sql, RowMapper<T> mapper, Object... args) {
    List<T> rows = query(sql, mapper, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Sends everything queued and then {@code sql}, now; returns the row count of {@code sql}. */
  public int update(String sql, Object... args) {
    int[] count = {0};
    queue(sql, rows -> count[0] = rows, args);
    flush();
    return count[0];
  }

  /**
   * Drops what is queued and not sent yet, for a transaction that will roll back (nothing of it
   * must reach the database any more).
   */
  public void discard() {
    List<Queued> queue = queue();
    if (queue != null) {
      queue.clear();
    }
  }

  /** Sends everything queued. */
  public void flush() {
    List<Queued> queue = queue();
    if (queue == null || queue.isEmpty()) {
      return;
    }
    List<Queued> before = List.copyOf(queue);
    queue.clear();
    send(before, null, null, null);
  }

  /**
   * Sends everything queued, then runs one statement for many rows as a JDBC batch (one round trip
   * for many rows of the same statement); returns the row count of each.
   */
  public int[] batch(String sql, List<Object[]> rows) {
    flush();
    if (rows.isEmpty()) {
      return new int[0];
    }
    roundTrips.incrementAndGet();
    return jdbc.batchUpdate(sql, rows);
  }

  /** The queue of the current transaction, or null outside one. */
  private List<Queued> queue() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Queued> queue = (List<Queued>) TransactionSynchronizationManager.getResource(this);
    if (queue == null) {
      List<Queued> created = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              // Not this synchronization's own flush(), which does nothing.
              Pipeline.this.flush();
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(Pipeline.this);
            }
          });
      queue = created;
    }
    return queue;
  }

  private <T> List<T> send(List<Queued> queued, String sql, Object[] args, RowMapper<T> mapper) {
    StringJoiner text = new StringJoiner(";\n");
    List<Object> all = new ArrayList<>();
    for (Queued q : queued) {
      text.add(q.sql());
      all.addAll(Arrays.asList(q.args()));
    }
    if (sql != null) {
      text.add(sql);
      all.addAll(Arrays.asList(args));
    }
    roundTrips.incrementAndGet();
    return jdbc.execute(
        con -> con.prepareStatement(text.toString()),
        (PreparedStatement ps) -> {
          new ArgumentPreparedStatementSetter(all.toArray()).setValues(ps);
          boolean isResultSet = ps.execute();
          for (Queued q : queued) {
            q.check().check(isResultSet ? rows(ps.getResultSet()) : ps.getUpdateCount());
            isResultSet = ps.getMoreResults();
          }
          if (mapper == null) {
            return List.of();
          }
          List<T> out = new ArrayList<>();
          try (ResultSet rs = ps.getResultSet()) {
            for (int i = 0; rs.next(); i++) {
              out.add(mapper.mapRow(rs, i));
            }
          }
          return out;
        });
  }

  private static int rows(ResultSet rs) throws SQLException {
    int n = 0;
    while (rs.next()) {
      n++;
    }
    return n;
  }
}
