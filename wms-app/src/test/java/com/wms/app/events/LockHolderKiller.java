package com.wms.app.events;

import com.wms.app.replicas.ServiceReplicas;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ends the database session of the relay's or a sink's holder at random moments (every 0.3 to 1.5
 * s, the lock drawn at random among those held), so their work is cut at any point of its
 * transaction or between a delivery and its cursor, not just at the moments a test would pick. To
 * the database it is the holder's death; the replica's loop reconnects and competes for the lock
 * again, so the lock also moves between replicas. The seed is printed, and {@code
 * -Dwms.events.seed=} repeats a run.
 */
final class LockHolderKiller implements AutoCloseable {
  private final ServiceReplicas replicas;
  private final List<Long> keys;
  private final long seed = Long.getLong("wms.events.seed", System.nanoTime());
  private final AtomicInteger[] ended;
  private final Thread thread;
  private volatile boolean running = true;

  LockHolderKiller(ServiceReplicas replicas, List<Long> keys) {
    this.replicas = replicas;
    this.keys = keys;
    this.ended = new AtomicInteger[keys.size()];
    for (int i = 0; i < ended.length; i++) {
      ended[i] = new AtomicInteger();
    }
    this.thread = new Thread(this::run, "lock-holder-killer");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    Random random = new Random(seed);
    while (running) {
      try {
        Thread.sleep(300 + random.nextInt(1200));
      } catch (InterruptedException e) {
        return;
      }
      // A lock drawn at random; when nobody holds it right now (its last holder was just cut off
      // and has not come back yet), the next one.
      int first = random.nextInt(keys.size());
      for (int i = 0; i < keys.size() && running; i++) {
        int k = (first + i) % keys.size();
        if (replicas.endSessionHolding(keys.get(k))) {
          ended[k].incrementAndGet();
          break;
        }
      }
    }
  }

  /** How many sessions holding {@code keys.get(i)} were ended. */
  int ended(int i) {
    return ended[i].get();
  }

  long seed() {
    return seed;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(10_000);
  }
}
