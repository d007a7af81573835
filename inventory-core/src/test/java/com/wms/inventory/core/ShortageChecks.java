package com.wms.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What every shortage plan must satisfy, whatever the shelf and its reservations. */
final class ShortageChecks {
  private ShortageChecks() {}

  static void check(
      LocationStock shelf, List<Reservation> open, OrderId order, ShortagePlanner.Plan plan) {
    Map<ReservationId, Reservation> byId =
        open.stream().collect(Collectors.toMap(Reservation::id, Function.identity()));
    long written = plan.movements().stream().mapToLong(Movement::quantity).sum();
    assertThat(plan.recorded())
        .isEqualTo(written)
        .isEqualTo(Math.min(plan.shortfall(), shelf.onShelf()))
        .isLessThanOrEqualTo(shelf.onShelf());

    // Own reservations first, then available, then other orders' newest promise first.
    int lastRank = 0;
    Instant lastOtherExpiry = Instant.MAX;
    for (Movement m : plan.movements()) {
      assertThat(m.to()).isEqualTo(Bucket.LOST);
      assertThat(m.location()).isEqualTo(shelf.location());
      int rank;
      if (m.from() == Bucket.AVAILABLE) {
        rank = 1;
      } else {
        assertThat(m.from()).isEqualTo(Bucket.RESERVED);
        Reservation r = byId.get(m.reservation());
        assertThat(r).as("cut reservation is one of the open ones").isNotNull();
        rank = r.order().equals(order) ? 0 : 2;
        if (rank == 2) {
          assertThat(r.expiresAt()).isBeforeOrEqualTo(lastOtherExpiry);
          lastOtherExpiry = r.expiresAt();
        }
      }
      assertThat(rank).as("shortage order of %s", m).isGreaterThanOrEqualTo(lastRank);
      lastRank = rank;
    }
    if (lastRank >= 1) {
      long ownLeft =
          plan.changedReservations().stream()
              .filter(r -> r.order().equals(order))
              .mapToLong(Reservation::reserved)
              .sum();
      long ownUntouched =
          open.stream()
              .filter(r -> r.order().equals(order))
              .filter(
                  r -> plan.changedReservations().stream().noneMatch(c -> c.id().equals(r.id())))
              .mapToLong(Reservation::reserved)
              .sum();
      assertThat(ownLeft + ownUntouched).as("own reservations emptied first").isZero();
    }
    if (lastRank == 2) {
      assertThat(plan.location().available()).as("available emptied before others").isZero();
    }
    for (Reservation c : plan.changedReservations()) {
      Reservation before = byId.get(c.id());
      long cut =
          plan.movements().stream()
              .filter(m -> c.id().equals(m.reservation()))
              .mapToLong(Movement::quantity)
              .sum();
      assertThat(c.reserved()).isEqualTo(before.reserved() - cut);
      assertThat(c.picked()).isEqualTo(before.picked());
    }
  }
}
