package com.wms.inventory.core;

import static com.wms.inventory.core.Fixtures.ORDER;
import static com.wms.inventory.core.Fixtures.SHELF;
import static com.wms.inventory.core.Fixtures.SKU;
import static com.wms.inventory.core.Fixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationStockTest {

  private static LocationStock stock(long available, long reserved) {
    return new LocationStock(SKU, SHELF, available, reserved);
  }

  private static Movement shelfMove(Bucket from, Bucket to, long quantity, OrderId order) {
    return new Movement(SKU, from, to, quantity, SHELF, order, null, null);
  }

  @Test
  void aCountOfZeroOnAShelfAboveTheCorrectionBoundWritesEverythingOff() {
    Change<LocationStock> c = stock(2 * Quantity.MAX, 0).countedAs(0);

    assertThat(c.next().available()).isZero();
    assertThat(c.movements())
        .containsExactly(shelfMove(Bucket.AVAILABLE, Bucket.ADJUSTED, 2 * Quantity.MAX, null));
  }

  @Test
  void theSmallestLongDeltaIsRefusedAsInvalidNotAsBelowReserved() {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> stock(5, 0).adjustBy(Long.MIN_VALUE));
  }

  @Test
  void emptyHoldsNothingOnTheShelf() {
    LocationStock s = LocationStock.empty(SKU, SHELF);

    assertThat(s).isEqualTo(stock(0, 0));
    assertThat(s.onShelf()).isZero();
  }

  @Test
  void onShelfCountsAvailableAndReservedUnits() {
    assertThat(stock(3, 4).onShelf()).isEqualTo(7);
  }

  @Test
  void receiveMovesUnitsFromReceivedToAvailable() {
    Change<LocationStock> c = stock(3, 4).receive(Quantity.of(5));

    assertThat(c.next()).isEqualTo(stock(8, 4));
    assertThat(c.movements())
        .containsExactly(shelfMove(Bucket.RECEIVED, Bucket.AVAILABLE, 5, null));
  }

  @Test
  void adjustUpMovesUnitsFromAdjustedToAvailable() {
    Change<LocationStock> c = stock(3, 4).adjustBy(2);

    assertThat(c.next()).isEqualTo(stock(5, 4));
    assertThat(c.movements())
        .containsExactly(shelfMove(Bucket.ADJUSTED, Bucket.AVAILABLE, 2, null));
  }

  @Test
  void adjustDownMovesUnitsFromAvailableToAdjusted() {
    Change<LocationStock> c = stock(3, 4).adjustBy(-3);

    assertThat(c.next()).isEqualTo(stock(0, 4));
    assertThat(c.movements())
        .containsExactly(shelfMove(Bucket.AVAILABLE, Bucket.ADJUSTED, 3, null));
  }

  @Test
  void adjustByZeroChangesNothing() {
    Change<LocationStock> c = stock(3, 4).adjustBy(0);

    assertThat(c.next()).isEqualTo(stock(3, 4));
    assertThat(c.movements()).isEmpty();
  }

  @Test
  void adjustRefusesToCutIntoReservedUnits() {
    assertRefused(ErrorCode.BELOW_RESERVED, () -> stock(3, 4).adjustBy(-4));
  }

  @Test
  void adjustRefusesADeltaBeyondTheQuantityBound() {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> stock(3, 4).adjustBy(Quantity.MAX + 1));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> stock(3, 4).adjustBy(-Quantity.MAX - 1));
  }

  @Test
  void adjustAcceptsADeltaOfExactlyTheBound() {
    Change<LocationStock> c = stock(0, 0).adjustBy(Quantity.MAX);

    assertThat(c.next().available()).isEqualTo(Quantity.MAX);
  }

  @Test
  void countedAsAboveTheShelfAddsTheDifference() {
    Change<LocationStock> c = stock(3, 4).countedAs(10);

    assertThat(c.next()).isEqualTo(stock(6, 4));
    assertThat(c.movements())
        .containsExactly(shelfMove(Bucket.ADJUSTED, Bucket.AVAILABLE, 3, null));
  }

  @Test
  void countedAsBelowTheShelfRemovesTheDifferenceFromAvailable() {
    Change<LocationStock> c = stock(3, 4).countedAs(4);

    assertThat(c.next()).isEqualTo(stock(0, 4));
    assertThat(c.movements())
        .containsExactly(shelfMove(Bucket.AVAILABLE, Bucket.ADJUSTED, 3, null));
  }

  @Test
  void countedAsTheShelfChangesNothing() {
    Change<LocationStock> c = stock(3, 4).countedAs(7);

    assertThat(c.next()).isEqualTo(stock(3, 4));
    assertThat(c.movements()).isEmpty();
  }

  @Test
  void countedAsRefusesACountBelowTheReservedUnits() {
    assertRefused(ErrorCode.BELOW_RESERVED, () -> stock(3, 4).countedAs(3));
  }

  @Test
  void countedAsRefusesANegativeOrTooLargeCount() {
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> stock(3, 4).countedAs(-1));
    assertRefused(ErrorCode.VALIDATION_FAILED, () -> stock(3, 4).countedAs(Quantity.MAX + 1));
  }

  @Test
  void loseWritesOffAvailableUnitsForTheOrder() {
    Change<LocationStock> c = stock(3, 4).lose(2, ORDER);

    assertThat(c.next()).isEqualTo(stock(1, 4));
    assertThat(c.movements()).containsExactly(shelfMove(Bucket.AVAILABLE, Bucket.LOST, 2, ORDER));
  }

  @Test
  void loseNeverWritesOffMoreThanIsAvailable() {
    Change<LocationStock> c = stock(3, 4).lose(9, ORDER);

    assertThat(c.next()).isEqualTo(stock(0, 4));
    assertThat(c.movements()).containsExactly(shelfMove(Bucket.AVAILABLE, Bucket.LOST, 3, ORDER));
  }

  @Test
  void loseWithNothingAvailableChangesNothing() {
    Change<LocationStock> c = stock(0, 4).lose(2, ORDER);

    assertThat(c.next()).isEqualTo(stock(0, 4));
    assertThat(c.movements()).isEmpty();
  }

  @Test
  void loseOfZeroUnitsChangesNothing() {
    Change<LocationStock> c = stock(3, 4).lose(0, ORDER);

    assertThat(c.next()).isEqualTo(stock(3, 4));
    assertThat(c.movements()).isEmpty();
  }
}
