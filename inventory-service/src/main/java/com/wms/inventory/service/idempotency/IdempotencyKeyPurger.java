package com.wms.inventory.service.idempotency;

import com.wms.inventory.service.InventoryProperties;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes Idempotency-Keys older than the retention ({@code WMS_IDEMPOTENCY_RETENTION}, 30 days),
 * so the key table does not grow for ever. A retry must come within the retention to be replayed;
 * the workers' retries end within minutes and the longest workflow wait is days. Batches of bounded
 * size, each its own statement, so the purge never holds many rows locked and can run on every
 * replica at once.
 */
@Component
public class IdempotencyKeyPurger {
  private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurger.class);
  private static final int BATCH = 1000;

  private final IdempotentExecutor executor;
  private final Clock clock;
  private final InventoryProperties properties;

  IdempotencyKeyPurger(IdempotentExecutor executor, Clock clock, InventoryProperties properties) {
    this.executor = executor;
    this.clock = clock;
    this.properties = properties;
  }

  @Scheduled(
      fixedDelayString = "${wms.inventory.key-purge-interval:PT1H}",
      initialDelayString = "${wms.inventory.key-purge-interval:PT1H}")
  public void scheduledPurge() {
    int purged = purge();
    if (purged > 0) {
      log.info(
          "purged {} idempotency key(s) older than {}", purged, properties.idempotencyRetention());
    }
  }

  /** Deletes every key first used before now minus the retention; returns how many. */
  public int purge() {
    Instant cutoff = clock.instant().minus(properties.idempotencyRetention());
    int total = 0;
    int purged;
    do {
      purged = executor.purgeCreatedBefore(cutoff, BATCH);
      total += purged;
    } while (purged == BATCH);
    return total;
  }
}
