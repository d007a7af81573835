package com.wms.app;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * What {@code wms dev} has started, stopped in reverse order by its one shutdown hook: the service
 * before Temporal and the database it uses. (Spring's and zonky's own hooks would run at the same
 * time as each other, and the service would find its database gone while it stops.)
 */
final class StartedParts {
  private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();

  /** Records a part that has started, and returns it. */
  <T extends AutoCloseable> T add(T part) {
    started.push(part);
    return part;
  }

  /** Stops every part, the last started first; a part that fails to stop does not keep the rest. */
  void stopAll() {
    for (AutoCloseable part; (part = started.poll()) != null; ) {
      try {
        part.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        System.err.println("wms dev: could not stop " + part + ": " + e);
      }
    }
  }
}
