package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.ALLOC;
import static com.wms.inventory.core.Fixtures.EXPIRES;
import static com.wms.inventory.core.Fixtures.NOW;
import static com.wms.inventory.core.Fixtures.ORDER;
import static com.wms.inventory.core.Fixtures.RES;
import static com.wms.inventory.core.Fixtures.SHELF;
import static com.wms.inventory.core.Fixtures.SKU;
import static com.wms.inventory.core.Fixtures.STAGING;
import static com.wms.inventory.core.Fixtures.allocationMove;
import static com.wms.inventory.core.Fixtures.assertRefused;
import static com.wms.inventory.core.Fixtures.reservation;
import static com.wms.inventory.core.Fixtures.reservationMove;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReservationTest {

  @Test
  void openMovesUnitsFromAvailableIntoTheNewReservation() {
    Change<Reservation> c = Reservation.open(RES, ORDER, SKU, SHELF, Quantity.of(5), EXPIRES);

    assertThat(c.next()).isEqualTo(reservation(5, 0, ReservationStatus.ACTIVE));
    assertThat(c.movements())
        .containsExactly(reservationMove(Bucket.AVAILABLE, Bucket.RESERVED, 5));
  }

  @Test
  void pickMovesUnitsFromReservedToPickedAndMarksTheReservationPicked() {
    Change<Reservation> c = reservation(5, 0, ReservationStatus.ACTIVE).pick(Quantity.of(3));

    assertThat(c.next()).isEqualTo(reservation(2, 3, ReservationStatus.PICKED));
    assertThat(c.movements()).containsExactly(reservationMove(Bucket.RESERVED, Bucket.PICKED, 3));
  }

  @Test
  void pickOfAPickedReservationAddsToThePickedUnits() {
    Change<Reservation> c = reservation(2, 3, ReservationStatus.PICKED).pick(Quantity.of(2));

    assertThat(c.next()).isEqualTo(reservation(0, 5, ReservationStatus.PICKED));
    assertThat(c.movements()).containsExactly(reservationMove(Bucket.RESERVED, Bucket.PICKED, 2));
  }

  @Test
  void pickRefusesMoreThanIsReserved() {
    assertRefused(
        ErrorCode.OVERPICK, () -> reservation(2, 3, ReservationStatus.PICKED).pick(Quantity.of(3)));
  }

  @ParameterizedTest
  @EnumSource(names = {"STAGED", "FULFILLED", "CANCELLED", "EXPIRED"})
  void pickRefusesAClosedReservation(ReservationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> reservation(5, 0, status).pick(Quantity.of(1)));
  }

  @Test
  void stageWithNothingPickedStagesTheReservedUnits() {
    Change<Reservation.Staging> c =
        reservation(4, 0, ReservationStatus.ACTIVE).stage(ALLOC, STAGING);

    assertThat(c.next().reservation()).isEqualTo(reservation(0, 0, ReservationStatus.STAGED));
    assertThat(c.next().allocation()).isEqualTo(Fixtures.allocation(4, AllocationStatus.STAGED));
    assertThat(c.movements()).containsExactly(allocationMove(Bucket.RESERVED, Bucket.STAGED, 4));
  }

  @Test
  void stageAfterAFullPickStagesThePickedUnits() {
    Change<Reservation.Staging> c =
        reservation(0, 4, ReservationStatus.PICKED).stage(ALLOC, STAGING);

    assertThat(c.next().reservation()).isEqualTo(reservation(0, 0, ReservationStatus.STAGED));
    assertThat(c.next().allocation()).isEqualTo(Fixtures.allocation(4, AllocationStatus.STAGED));
    assertThat(c.movements()).containsExactly(allocationMove(Bucket.PICKED, Bucket.STAGED, 4));
  }

  @Test
  void stageAfterAPartialPickReturnsTheUnpickedUnitsToAvailable() {
    Change<Reservation.Staging> c =
        reservation(2, 3, ReservationStatus.PICKED).stage(ALLOC, STAGING);

    assertThat(c.next().reservation()).isEqualTo(reservation(0, 0, ReservationStatus.STAGED));
    assertThat(c.next().allocation()).isEqualTo(Fixtures.allocation(3, AllocationStatus.STAGED));
    assertThat(c.movements())
        .containsExactly(
            allocationMove(Bucket.PICKED, Bucket.STAGED, 3),
            reservationMove(Bucket.RESERVED, Bucket.AVAILABLE, 2));
  }

  @Test
  void stageRefusesAReservationThatHoldsNoUnits() {
    assertRefused(
        ErrorCode.INVALID_STATE,
        () -> reservation(0, 0, ReservationStatus.ACTIVE).stage(ALLOC, STAGING));
  }

  @ParameterizedTest
  @EnumSource(names = {"STAGED", "FULFILLED", "CANCELLED", "EXPIRED"})
  void stageRefusesAClosedReservation(ReservationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> reservation(4, 0, status).stage(ALLOC, STAGING));
  }

  @Test
  void releaseOfAnActiveReservationReturnsTheReservedUnitsToAvailable() {
    Change<Reservation> c = reservation(4, 0, ReservationStatus.ACTIVE).release();

    assertThat(c.next()).isEqualTo(reservation(0, 0, ReservationStatus.CANCELLED));
    assertThat(c.movements())
        .containsExactly(reservationMove(Bucket.RESERVED, Bucket.AVAILABLE, 4));
  }

  @Test
  void releaseOfAPickedReservationReturnsShelfAndToteUnitsToAvailable() {
    Change<Reservation> c = reservation(1, 3, ReservationStatus.PICKED).release();

    assertThat(c.next()).isEqualTo(reservation(0, 0, ReservationStatus.CANCELLED));
    assertThat(c.movements())
        .containsExactly(
            reservationMove(Bucket.RESERVED, Bucket.AVAILABLE, 1),
            reservationMove(Bucket.PICKED, Bucket.AVAILABLE, 3));
  }

  @Test
  void releaseOfAFullyPickedReservationMovesOnlyPickedUnits() {
    Change<Reservation> c = reservation(0, 3, ReservationStatus.PICKED).release();

    assertThat(c.movements()).containsExactly(reservationMove(Bucket.PICKED, Bucket.AVAILABLE, 3));
  }

  @ParameterizedTest
  @EnumSource(names = {"STAGED", "FULFILLED", "CANCELLED", "EXPIRED"})
  void releaseRefusesAClosedReservation(ReservationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> reservation(0, 0, status).release());
  }

  @Test
  void expireReleasesAnActiveUnpickedReservationPastItsExpiry() {
    Change<Reservation> c =
        reservation(4, 0, ReservationStatus.ACTIVE).expire(EXPIRES.plusSeconds(1));

    assertThat(c.next()).isEqualTo(reservation(0, 0, ReservationStatus.EXPIRED));
    assertThat(c.movements())
        .containsExactly(reservationMove(Bucket.RESERVED, Bucket.AVAILABLE, 4));
  }

  @Test
  void expireAtExactlyTheExpiryInstantReleases() {
    Change<Reservation> c = reservation(4, 0, ReservationStatus.ACTIVE).expire(EXPIRES);

    assertThat(c.next().status()).isEqualTo(ReservationStatus.EXPIRED);
  }

  @Test
  void expireRefusesBeforeTheExpiryInstant() {
    assertRefused(
        ErrorCode.INVALID_STATE, () -> reservation(4, 0, ReservationStatus.ACTIVE).expire(NOW));
  }

  @Test
  void expireRefusesAPickedReservation() {
    assertRefused(
        ErrorCode.INVALID_STATE,
        () -> reservation(1, 3, ReservationStatus.PICKED).expire(EXPIRES.plusSeconds(1)));
  }

  @Test
  void expireRefusesAnActiveReservationWithPickedUnits() {
    assertRefused(
        ErrorCode.INVALID_STATE,
        () -> reservation(1, 3, ReservationStatus.ACTIVE).expire(EXPIRES.plusSeconds(1)));
  }

  @ParameterizedTest
  @EnumSource(names = {"STAGED", "FULFILLED", "CANCELLED", "EXPIRED"})
  void expireRefusesAClosedReservation(ReservationStatus status) {
    assertRefused(
        ErrorCode.INVALID_STATE, () -> reservation(0, 0, status).expire(EXPIRES.plusSeconds(1)));
  }

  @Test
  void cutWritesOffReservedUnitsAsLostAndKeepsTheRestActive() {
    Change<Reservation> c = reservation(5, 0, ReservationStatus.ACTIVE).cut(2);

    assertThat(c.next()).isEqualTo(reservation(3, 0, ReservationStatus.ACTIVE));
    assertThat(c.movements()).containsExactly(reservationMove(Bucket.RESERVED, Bucket.LOST, 2));
  }

  @Test
  void cutNeverWritesOffMoreThanIsReservedAndCancelsAnEmptiedActiveReservation() {
    Change<Reservation> c = reservation(5, 0, ReservationStatus.ACTIVE).cut(9);

    assertThat(c.next()).isEqualTo(reservation(0, 0, ReservationStatus.CANCELLED));
    assertThat(c.movements()).containsExactly(reservationMove(Bucket.RESERVED, Bucket.LOST, 5));
  }

  @Test
  void cutOfEveryShelfUnitOfAPickedReservationKeepsItPickedWithItsToteUnits() {
    Change<Reservation> c = reservation(2, 3, ReservationStatus.PICKED).cut(2);

    assertThat(c.next()).isEqualTo(reservation(0, 3, ReservationStatus.PICKED));
    assertThat(c.movements()).containsExactly(reservationMove(Bucket.RESERVED, Bucket.LOST, 2));
  }

  @Test
  void cutOfZeroUnitsChangesNothing() {
    Reservation r = reservation(5, 0, ReservationStatus.ACTIVE);

    Change<Reservation> c = r.cut(0);

    assertThat(c.next()).isEqualTo(r);
    assertThat(c.movements()).isEmpty();
  }

  @Test
  void cutOfAReservationWithNothingOnTheShelfChangesNothing() {
    Reservation r = reservation(0, 3, ReservationStatus.PICKED);

    Change<Reservation> c = r.cut(2);

    assertThat(c.next()).isEqualTo(r);
    assertThat(c.movements()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(names = {"STAGED", "FULFILLED", "CANCELLED", "EXPIRED"})
  void cutRefusesAClosedReservation(ReservationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> reservation(0, 0, status).cut(1));
  }

  @Test
  void fulfilledClosesAStagedReservation() {
    assertThat(reservation(0, 0, ReservationStatus.STAGED).fulfilled())
        .isEqualTo(reservation(0, 0, ReservationStatus.FULFILLED));
  }

  @Test
  void cancelledByReturnClosesAStagedReservation() {
    assertThat(reservation(0, 0, ReservationStatus.STAGED).cancelledByReturn())
        .isEqualTo(reservation(0, 0, ReservationStatus.CANCELLED));
  }

  @ParameterizedTest
  @EnumSource(names = "STAGED", mode = EnumSource.Mode.EXCLUDE)
  void fulfilledRefusesAReservationThatIsNotStaged(ReservationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> reservation(0, 0, status).fulfilled());
  }

  @ParameterizedTest
  @EnumSource(names = "STAGED", mode = EnumSource.Mode.EXCLUDE)
  void cancelledByReturnRefusesAReservationThatIsNotStaged(ReservationStatus status) {
    assertRefused(ErrorCode.INVALID_STATE, () -> reservation(0, 0, status).cancelledByReturn());
  }

  @Test
  void onlyActiveAndPickedReservationsAreOpen() {
    assertThat(ReservationStatus.values())
        .filteredOn(ReservationStatus::open)
        .containsExactly(ReservationStatus.ACTIVE, ReservationStatus.PICKED);
  }

  @Test
  void statusWireNamesRoundTrip() {
    for (ReservationStatus s : ReservationStatus.values()) {
      assertThat(ReservationStatus.fromWire(s.wireName())).isEqualTo(s);
    }
    assertThat(ReservationStatus.PICKED.wireName()).isEqualTo("picked");
  }
}
