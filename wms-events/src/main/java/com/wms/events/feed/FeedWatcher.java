package com.wms.events.feed;

import com.wms.events.DedicatedConnections;
import com.wms.events.EventsSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Knows the newest publication number in this replica, for the feed's long polls: it LISTENs to the
 * relay's NOTIFY (whichever replica runs the relay) on a connection of its own and reads {@code
 * event_sequence} when told, or every second in case a notification was missed.
 */
@Component
class FeedWatcher implements SmartLifecycle, Runnable {
  private static final Logger log = LoggerFactory.getLogger(FeedWatcher.class);
  private static final int CHECK_MILLIS = 1000;

  private final DedicatedConnections connections;
  private final Object monitor = new Object();
  private volatile long latest = -1;
  private volatile boolean running;
  private Thread thread;

  FeedWatcher(DataSource dataSource, EventsSchema schema) {
    this.connections = new DedicatedConnections(dataSource);
  }

  /**
   * Waits until an event after {@code after} is published or {@code max} has passed; returns at
   * once when one is known already.
   */
  void awaitBeyond(long after, Duration max) throws InterruptedException {
    Instant deadline = Instant.now().plus(max);
    synchronized (monitor) {
      while (latest <= after) {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
          return;
        }
        monitor.wait(left);
      }
    }
  }

  @Override
  public void run() {
    while (running) {
      try (Connection c = connections.open("feed-watcher")) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN wms_events");
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          update(readLatest(c));
          pg.getNotifications(CHECK_MILLIS);
        }
      } catch (SQLException e) {
        if (running) {
          log.warn("feed watcher: {}; trying again in 1 s", e.toString());
          sleep();
        }
      }
    }
  }

  private static long readLatest(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT last_seq FROM event_sequence WHERE id = 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void update(long value) {
    if (value != latest) {
      synchronized (monitor) {
        latest = value;
        monitor.notifyAll();
      }
    }
  }

  private void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = new Thread(this, "wms-events-feed-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
