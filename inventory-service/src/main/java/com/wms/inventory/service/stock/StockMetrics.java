package com.wms.inventory.service.stock;

import com.wms.inventory.core.Movement;
import com.wms.inventory.core.ReservationId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts what committed: {@code wms_inventory_movements_total{operation}} and {@code
 * wms_inventory_movement_units_total{operation}} (ledger movements and their units, by the
 * operation that made them: reserve, release, expire, pick, stage, pack, ship, receive, ...), and
 * {@code wms_inventory_reservations_total{status}} (reservations entering each status: active when
 * made, then picked, staged, fulfilled, cancelled or expired). A transaction that rolls back counts
 * nothing, so a group commit that falls back to the plain path is not counted twice.
 */
@Component
class StockMetrics {
  private static final List<String> OPERATIONS =
      List.of(
          "receive",
          "adjust",
          "reserve",
          "release",
          "expire",
          "pick",
          "stage",
          "pack",
          "ship",
          "return-to-shelf",
          "shortage");

  private final MeterRegistry meters;
  private final Map<String, Counter[]> counters = new ConcurrentHashMap<>();

  StockMetrics(MeterRegistry meters) {
    this.meters = meters;
    // Registered up front, so every series exists at 0 and rates start from the first scrape.
    OPERATIONS.forEach(this::counters);
  }

  /** Counts {@code moved}, made by {@code operation}, once the transaction commits. */
  void moved(String operation, List<Movement> moved) {
    long units = 0;
    Set<ReservationId> reservations = new HashSet<>();
    for (Movement m : moved) {
      units += m.quantity();
      if (m.reservation() != null) {
        reservations.add(m.reservation());
      }
    }
    Counter[] c = counters(operation);
    long count = moved.size();
    long sum = units;
    long touched = reservations.size();
    afterCommit(
        () -> {
          c[0].increment(count);
          c[1].increment(sum);
          c[2].increment(touched);
        });
  }

  private Counter[] counters(String operation) {
    return counters.computeIfAbsent(
        operation,
        op ->
            new Counter[] {
              Counter.builder("wms.inventory.movements")
                  .tag("operation", op)
                  .description("ledger movements committed")
                  .register(meters),
              Counter.builder("wms.inventory.movement.units")
                  .tag("operation", op)
                  .description("units moved by committed ledger movements")
                  .register(meters),
              Counter.builder("wms.inventory.reservations")
                  .tag("operation", op)
                  .description("reservations whose units a committed operation moved")
                  .register(meters)
            });
  }

  private static void afterCommit(Runnable count) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      count.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            count.run();
          }
        });
  }
}
