package com.wms.inventory.service.stock;

import com.wms.inventory.service.InventoryProperties;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases reservations whose TTL has passed and that nobody started to pick. Each one is released
 * in its own transaction under the SKU lock, so the sweeper can run on every replica at once.
 */
@Component
public class ReservationExpirySweeper {
  private static final Logger log = LoggerFactory.getLogger(ReservationExpirySweeper.class);

  private final ReservationRepository reservations;
  private final ReservationService service;
  private final Clock clock;
  private final InventoryProperties properties;

  ReservationExpirySweeper(
      ReservationRepository reservations,
      ReservationService service,
      Clock clock,
      InventoryProperties properties) {
    this.reservations = reservations;
    this.service = service;
    this.clock = clock;
    this.properties = properties;
  }

  @Scheduled(
      fixedDelayString = "${wms.inventory.sweep-interval:PT30S}",
      initialDelayString = "${wms.inventory.sweep-interval:PT30S}")
  public void scheduledSweep() {
    int released = sweep();
    if (released > 0) {
      log.info("released {} expired reservation(s)", released);
    }
  }

  /** Releases due reservations; returns how many it released. */
  public int sweep() {
    Instant now = clock.instant();
    int released = 0;
    for (StoredReservation r : reservations.expired(now, properties.sweepBatchSize())) {
      if (service.expire(r.reservation().id(), now)) {
        released++;
      }
    }
    return released;
  }
}
