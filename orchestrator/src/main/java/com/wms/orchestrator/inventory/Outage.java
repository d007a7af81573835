package com.wms.orchestrator.inventory;

import com.wms.inventory.client.InventoryUnavailableException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rides out a short outage of the inventory service inside one activity attempt: a call that fails
 * with a connection error, a timeout or a 5xx is tried again with backoff (heartbeating meanwhile)
 * until it succeeds or the budget is spent, and only then handed to Temporal's retry policy. Three
 * Temporal attempts alone would give up on an outage of a few seconds; every call carries an
 * idempotency key, so trying again never moves a unit twice.
 */
final class Outage {
  private static final Logger log = LoggerFactory.getLogger(Outage.class);
  private static final Duration FIRST_WAIT = Duration.ofMillis(250);
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

  private Outage() {}

  static <T> T ride(Supplier<T> call, Duration budget, Runnable heartbeat) {
    long deadline = System.nanoTime() + budget.toNanos();
    Duration wait = FIRST_WAIT;
    while (true) {
      try {
        return call.get();
      } catch (InventoryUnavailableException e) {
        if (System.nanoTime() + wait.toNanos() > deadline) {
          throw e;
        }
        log.warn(
            "inventory service unavailable ({}); trying again in {} ms", e.code(), wait.toMillis());
        heartbeat.run();
        sleep(wait);
        wait =
            wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the inventory service", e);
    }
  }
}
