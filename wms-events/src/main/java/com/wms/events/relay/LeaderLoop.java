package com.wms.events.relay;

import com.wms.events.DedicatedConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that one replica at a time may do, elected by a session-level PostgreSQL advisory lock on a
 * connection of its own. Every write of the work goes through that same connection, so the work
 * stops the moment the lock is lost: when the holder dies (kill -9 closes its socket, PostgreSQL
 * ends the session and frees the lock) or its connection breaks. Another replica, asking every
 * {@code retry}, then takes over.
 */
final class LeaderLoop implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(LeaderLoop.class);

  /** One unit of the work on the lock's connection; true when more is waiting already. */
  interface Step {
    boolean run(Connection c) throws Exception;
  }

  private final String name;
  private final long lockKey;
  private final DedicatedConnections connections;
  private final Step step;
  private final Duration idle;
  private final Duration retry;
  private final Runnable onRelease;
  private volatile boolean stopped;
  private volatile boolean holding;
  private Thread thread;

  LeaderLoop(
      String name,
      long lockKey,
      DedicatedConnections connections,
      Step step,
      Duration idle,
      Duration retry,
      Runnable onRelease) {
    this.name = name;
    this.lockKey = lockKey;
    this.connections = connections;
    this.step = step;
    this.idle = idle;
    this.retry = retry;
    this.onRelease = onRelease;
  }

  void start() {
    thread = new Thread(this, "wms-events-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  void stop() {
    stopped = true;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean holding() {
    return holding;
  }

  @Override
  public void run() {
    while (!stopped) {
      try (Connection c = connections.open(name)) {
        while (!stopped && !tryLock(c)) {
          pause(retry);
        }
        if (stopped) {
          return;
        }
        holding = true;
        log.info("{}: this replica holds the lock and does the work", name);
        while (!stopped) {
          if (!step.run(c)) {
            pause(idle);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        if (!stopped) {
          log.warn("{}: {}; trying again in {}", name, e.toString(), retry);
          pauseQuietly(retry);
        }
      } finally {
        if (holding) {
          holding = false;
          release();
        }
      }
    }
  }

  /**
   * Lets go of what the work holds (a Kafka producer flushes and closes); an interrupt from {@link
   * #stop} is held back meanwhile, so the close can finish instead of failing half-way.
   */
  private void release() {
    boolean interrupted = Thread.interrupted();
    try {
      onRelease.run();
    } catch (RuntimeException e) {
      log.warn("{}: releasing failed: {}", name, e.toString());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean tryLock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, lockKey);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static void pause(Duration d) throws InterruptedException {
    Thread.sleep(d.toMillis());
  }

  private void pauseQuietly(Duration d) {
    try {
      pause(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }
}
