package com.wms.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Samples pg_stat_activity every 10 ms while a run is measured: how many client backends are, on
 * average, waiting for a lock, running, or idle inside a transaction (waiting for the application
 * to send its next statement). A cheap profile of where a transaction's time goes.
 */
final class PgWaits implements Driver.Probe {
  private final String url;
  private Thread thread;
  private final Map<String, Long> counts = new TreeMap<>();
  private volatile boolean stop;
  private long samples;

  PgWaits(String url) {
    this.url = url;
  }

  @Override
  public void start() {
    thread = new Thread(() -> sample(url), "pg-waits");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample(String url) {
    try (Connection c = Db.connect(url);
        Statement s = c.createStatement()) {
      while (!stop) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT state, wait_event_type, wait_event FROM pg_stat_activity"
                    + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"
                    + " AND state <> 'idle'")) {
          synchronized (counts) {
            while (rs.next()) {
              counts.merge(
                  classify(rs.getString(1), rs.getString(2), rs.getString(3)), 1L, Long::sum);
            }
            samples++;
          }
        }
        Thread.sleep(10);
      }
    } catch (SQLException e) {
      synchronized (counts) {
        counts.put("sampling failed: " + e.getMessage(), 0L);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String classify(String state, String type, String event) {
    if ("idle in transaction".equals(state)) {
      return "in-tx-waiting-for-app";
    }
    if (type == null) {
      return "running";
    }
    if ("Lock".equals(type)) {
      return "lock:" + event;
    }
    return type + ":" + event;
  }

  /** Average number of backends per class, e.g. {@code lock:transactionid 11.2}. */
  String summary() {
    StringBuilder sb = new StringBuilder();
    synchronized (counts) {
      counts.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .limit(4)
          .forEach(
              e ->
                  sb.append(sb.length() == 0 ? "" : ", ")
                      .append(e.getKey())
                      .append(' ')
                      .append(String.format("%.1f", e.getValue() / (double) Math.max(1, samples))));
    }
    return sb.toString();
  }

  @Override
  public void stop() throws InterruptedException {
    stop = true;
    thread.join();
  }
}
