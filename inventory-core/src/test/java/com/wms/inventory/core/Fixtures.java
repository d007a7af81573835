package com.wms.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared values for the unit tests, so each test names only what it is about. */
final class Fixtures {
  static final Sku SKU = Sku.of("SKU-1");
  static final LocationId SHELF = LocationId.of("A-01-01");
  static final LocationId STAGING = LocationId.of("STAGE-1");
  static final OrderId ORDER = OrderId.of("ORD-1");
  static final OrderId OTHER_ORDER = OrderId.of("ORD-2");
  static final ReservationId RES = reservationId(1);
  static final AllocationId ALLOC = allocationId(1);
  static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
  static final Instant EXPIRES = NOW.plusSeconds(24 * 3600);

  private Fixtures() {}

  static ReservationId reservationId(long n) {
    return new ReservationId(new UUID(0, n));
  }

  static AllocationId allocationId(long n) {
    return new AllocationId(new UUID(1, n));
  }

  /** A reservation in any state, built directly to reach states the transitions make rarely. */
  static Reservation reservation(long reserved, long picked, ReservationStatus status) {
    return new Reservation(RES, ORDER, SKU, SHELF, reserved, picked, status, EXPIRES);
  }

  static Allocation allocation(long quantity, AllocationStatus status) {
    return new Allocation(ALLOC, RES, ORDER, SKU, SHELF, STAGING, quantity, status);
  }

  /** A movement addressed like the ones a reservation makes. */
  static Movement reservationMove(Bucket from, Bucket to, long quantity) {
    return new Movement(SKU, from, to, quantity, SHELF, ORDER, RES, null);
  }

  /** A movement addressed like the ones an allocation makes. */
  static Movement allocationMove(Bucket from, Bucket to, long quantity) {
    return new Movement(SKU, from, to, quantity, SHELF, ORDER, RES, ALLOC);
  }

  /** Asserts that the call throws an {@link InventoryException} with the given code. */
  static void assertRefused(ErrorCode code, ThrowingCallable call) {
    assertThatExceptionOfType(InventoryException.class)
        .isThrownBy(call)
        .satisfies(e -> assertThat(e.code()).isEqualTo(code));
  }
}
