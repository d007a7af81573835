package com.wms.events;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relay's transaction (READ COMMITTED) on its own connection, the one that holds the stream's
 * lock, as the sources see it.
 */
public final class RelayTransaction {
  private final JdbcTemplate jdbc;
  private final boolean commitTimestamps;

  public RelayTransaction(JdbcTemplate jdbc, boolean commitTimestamps) {
    this.jdbc = jdbc;
    this.commitTimestamps = commitTimestamps;
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  /**
   * The SQL expression of a row's commit time: {@code pg_xact_commit_timestamp} of the row's {@code
   * xmin} (the expression {@code xmin}) where PostgreSQL tracks commit timestamps ({@code
   * track_commit_timestamp = on}), else {@code fallback} (e.g. the transaction's start, {@code
   * created_at}). Rows of the sources are never updated, so {@code xmin} is the transaction that
   * wrote them.
   */
  public String commitTime(String xmin, String fallback) {
    return commitTimestamps
        ? "coalesce(pg_xact_commit_timestamp(" + xmin + "), " + fallback + ")"
        : fallback;
  }
}
