package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.EXPIRES;
import static com.wms.inventory.core.Fixtures.ORDER;
import static com.wms.inventory.core.Fixtures.OTHER_ORDER;
import static com.wms.inventory.core.Fixtures.SHELF;
import static com.wms.inventory.core.Fixtures.SKU;
import static com.wms.inventory.core.Fixtures.assertRefused;
import static com.wms.inventory.core.Fixtures.reservationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShortagePlannerTest {
  private static final OrderId THIRD_ORDER = OrderId.of("ORD-3");
  private static final Instant LATER = EXPIRES.plusSeconds(3600);

  private static Reservation res(
      long id, OrderId order, long reserved, long picked, Instant expiresAt) {
    ReservationStatus status = picked > 0 ? ReservationStatus.PICKED : ReservationStatus.ACTIVE;
    return new Reservation(
        reservationId(id), order, SKU, SHELF, reserved, picked, status, expiresAt);
  }

  private static Movement lostFrom(Reservation r, long quantity) {
    return new Movement(
        SKU, Bucket.RESERVED, Bucket.LOST, quantity, SHELF, r.order(), r.id(), null);
  }

  private static Movement lostFromAvailable(long quantity) {
    return new Movement(SKU, Bucket.AVAILABLE, Bucket.LOST, quantity, SHELF, ORDER, null, null);
  }

  private static Reservation withReserved(Reservation r, long reserved, ReservationStatus status) {
    return new Reservation(
        r.id(), r.order(), r.sku(), r.location(), reserved, r.picked(), status, r.expiresAt());
  }

  // The shelf: 3 available, 2 reserved for the reporting order, 2 for an older and 2 for a newer
  // promise of other orders.
  private final Reservation own = res(1, ORDER, 2, 0, EXPIRES);
  private final Reservation olderOther = res(2, OTHER_ORDER, 2, 0, EXPIRES);
  private final Reservation newerOther = res(3, THIRD_ORDER, 2, 0, LATER);
  private final LocationStock shelf = new LocationStock(SKU, SHELF, 3, 6);
  private final List<Reservation> open = List.of(olderOther, newerOther, own);

  @Test
  void writesOffTheReportingOrdersOwnReservationFirst() {
    ShortagePlanner.Plan p = ShortagePlanner.plan(shelf, open, ORDER, 1);

    assertThat(p.movements()).containsExactly(lostFrom(own, 1));
    assertThat(p.changedReservations())
        .containsExactly(withReserved(own, 1, ReservationStatus.ACTIVE));
    assertThat(p.location()).isEqualTo(new LocationStock(SKU, SHELF, 3, 5));
    assertThat(p.recorded()).isEqualTo(1);
    assertThat(p.shortfall()).isEqualTo(1);
  }

  @Test
  void writesOffAvailableUnitsOnceTheOwnReservationIsEmpty() {
    ShortagePlanner.Plan p = ShortagePlanner.plan(shelf, open, ORDER, 4);

    assertThat(p.movements()).containsExactly(lostFrom(own, 2), lostFromAvailable(2));
    assertThat(p.changedReservations())
        .containsExactly(withReserved(own, 0, ReservationStatus.CANCELLED));
    assertThat(p.location()).isEqualTo(new LocationStock(SKU, SHELF, 1, 4));
    assertThat(p.recorded()).isEqualTo(4);
  }

  @Test
  void writesOffOtherOrdersReservationsLastNewestExpiryFirst() {
    ShortagePlanner.Plan p = ShortagePlanner.plan(shelf, open, ORDER, 8);

    assertThat(p.movements())
        .containsExactly(
            lostFrom(own, 2),
            lostFromAvailable(3),
            lostFrom(newerOther, 2),
            lostFrom(olderOther, 1));
    assertThat(p.changedReservations())
        .containsExactly(
            withReserved(own, 0, ReservationStatus.CANCELLED),
            withReserved(newerOther, 0, ReservationStatus.CANCELLED),
            withReserved(olderOther, 1, ReservationStatus.ACTIVE));
    assertThat(p.location()).isEqualTo(new LocationStock(SKU, SHELF, 0, 1));
    assertThat(p.recorded()).isEqualTo(8);
  }

  @Test
  void breaksTiesOfExpiryAmongOtherOrdersByReservationId() {
    Reservation second = res(5, OTHER_ORDER, 2, 0, EXPIRES);
    Reservation first = res(4, THIRD_ORDER, 2, 0, EXPIRES);
    LocationStock s = new LocationStock(SKU, SHELF, 0, 4);

    ShortagePlanner.Plan p = ShortagePlanner.plan(s, List.of(second, first), ORDER, 3);

    assertThat(p.movements()).containsExactly(lostFrom(first, 2), lostFrom(second, 1));
  }

  /**
   * Found by the stateful model test: ids were compared as signed numbers (UUID.compareTo), so an
   * id starting 9… came before one starting 1…, unlike the database, which lists (and picks) them
   * by their bytes, as their text sorts.
   */
  @Test
  void breaksTiesInTheOrderOfTheIdsTextAsTheDatabaseListsThem() {
    Reservation high =
        reservation(UUID.fromString("9a000000-0000-4000-8000-000000000000"), OTHER_ORDER);
    Reservation low =
        reservation(UUID.fromString("1b000000-0000-4000-8000-000000000000"), THIRD_ORDER);
    LocationStock s = new LocationStock(SKU, SHELF, 0, 4);

    ShortagePlanner.Plan p = ShortagePlanner.plan(s, List.of(high, low), ORDER, 3);

    assertThat(p.movements()).containsExactly(lostFrom(low, 2), lostFrom(high, 1));
  }

  @Test
  void writesOffSeveralOwnReservationsInTheOrderOfTheIdsText() {
    Reservation high = reservation(UUID.fromString("f0000000-0000-4000-8000-000000000000"), ORDER);
    Reservation low = reservation(UUID.fromString("0f000000-0000-4000-8000-000000000000"), ORDER);
    LocationStock s = new LocationStock(SKU, SHELF, 0, 4);

    ShortagePlanner.Plan p = ShortagePlanner.plan(s, List.of(high, low), ORDER, 3);

    assertThat(p.movements()).containsExactly(lostFrom(low, 2), lostFrom(high, 1));
  }

  private static Reservation reservation(UUID id, OrderId order) {
    return new Reservation(
        new ReservationId(id), order, SKU, SHELF, 2, 0, ReservationStatus.ACTIVE, EXPIRES);
  }

  @Test
  void writesOffSeveralOwnReservationsInIdOrder() {
    Reservation b = res(7, ORDER, 2, 0, EXPIRES);
    Reservation a = res(6, ORDER, 2, 0, LATER);
    LocationStock s = new LocationStock(SKU, SHELF, 5, 4);

    ShortagePlanner.Plan p = ShortagePlanner.plan(s, List.of(b, a), ORDER, 3);

    assertThat(p.movements()).containsExactly(lostFrom(a, 2), lostFrom(b, 1));
    assertThat(p.location()).isEqualTo(new LocationStock(SKU, SHELF, 5, 1));
  }

  @Test
  void neverRecordsMoreThanTheShelfHeld() {
    ShortagePlanner.Plan p = ShortagePlanner.plan(shelf, open, ORDER, 20);

    assertThat(p.recorded()).isEqualTo(shelf.onShelf());
    assertThat(p.shortfall()).isEqualTo(20);
    assertThat(p.location()).isEqualTo(new LocationStock(SKU, SHELF, 0, 0));
    assertThat(p.movements().stream().mapToLong(Movement::quantity).sum()).isEqualTo(9);
  }

  @Test
  void leavesPickedUnitsInTheToteAlone() {
    Reservation picked = res(1, ORDER, 1, 3, EXPIRES);
    LocationStock s = new LocationStock(SKU, SHELF, 1, 1);

    ShortagePlanner.Plan p = ShortagePlanner.plan(s, List.of(picked), ORDER, 5);

    assertThat(p.movements()).containsExactly(lostFrom(picked, 1), lostFromAvailable(1));
    assertThat(p.changedReservations())
        .containsExactly(withReserved(picked, 0, ReservationStatus.PICKED));
    assertThat(p.location()).isEqualTo(new LocationStock(SKU, SHELF, 0, 0));
    assertThat(p.recorded()).isEqualTo(2);
  }

  @Test
  void writesOffOnlyAvailableUnitsWhenNothingIsReserved() {
    LocationStock s = new LocationStock(SKU, SHELF, 5, 0);

    ShortagePlanner.Plan p = ShortagePlanner.plan(s, List.of(), ORDER, 2);

    assertThat(p.movements()).containsExactly(lostFromAvailable(2));
    assertThat(p.changedReservations()).isEmpty();
    assertThat(p.location()).isEqualTo(new LocationStock(SKU, SHELF, 3, 0));
  }

  @Test
  void refusesAShortfallThatIsNotPositive() {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> ShortagePlanner.plan(shelf, open, ORDER, 0));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> ShortagePlanner.plan(shelf, open, ORDER, -1));
  }

  @Test
  void rejectsAReservationThatIsNotOpen() {
    Reservation staged =
        new Reservation(
            reservationId(9), ORDER, SKU, SHELF, 0, 0, ReservationStatus.STAGED, EXPIRES);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ShortagePlanner.plan(shelf, List.of(staged), ORDER, 1));
  }

  @Test
  void rejectsAReservationAtAnotherLocation() {
    Reservation elsewhere =
        new Reservation(
            reservationId(9),
            ORDER,
            SKU,
            LocationId.of("B-02-02"),
            2,
            0,
            ReservationStatus.ACTIVE,
            EXPIRES);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ShortagePlanner.plan(shelf, List.of(elsewhere), ORDER, 1));
  }
}
