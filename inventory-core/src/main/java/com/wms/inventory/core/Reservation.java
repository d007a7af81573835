package com.wms.inventory.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A soft promise of units at one location to one order. {@code reserved} units are still on the
 * shelf; {@code picked} units are in a tote. Transitions return the next state and the movements; a
 * transition the state machine does not allow throws {@link ErrorCode#INVALID_STATE}.
 */
public record Reservation(
    ReservationId id,
    OrderId order,
    Sku sku,
    LocationId location,
    long reserved,
    long picked,
    ReservationStatus status,
    Instant expiresAt) {

  /** A new, still empty reservation; the reserve movement fills it. */
  public static Change<Reservation> open(
      ReservationId id,
      OrderId order,
      Sku sku,
      LocationId location,
      Quantity quantity,
      Instant expiresAt) {
    Reservation next =
        new Reservation(
            id, order, sku, location, quantity.value(), 0, ReservationStatus.ACTIVE, expiresAt);
    Movement m =
        new Movement(
            sku, Bucket.AVAILABLE, Bucket.RESERVED, quantity.value(), location, order, id, null);
    return new Change<>(next, List.of(m));
  }

  /** Moves units from the shelf into the picker's tote. */
  public Change<Reservation> pick(Quantity quantity) {
    requireOpen("pick");
    if (quantity.value() > reserved) {
      throw new InventoryException(
          ErrorCode.OVERPICK,
          "reservation "
              + id
              + " has "
              + reserved
              + " units left to pick, not "
              + quantity.value());
    }
    Reservation next =
        new Reservation(
            id,
            order,
            sku,
            location,
            reserved - quantity.value(),
            picked + quantity.value(),
            ReservationStatus.PICKED,
            expiresAt);
    return new Change<>(next, List.of(move(Bucket.RESERVED, Bucket.PICKED, quantity.value())));
  }

  /**
   * Hard-allocates the reservation to a new allocation at the staging location. When units were
   * picked, the picked units are staged and any units left unpicked on the shelf go back to
   * available (the picker did not take them, so they are not promised any more). When nothing was
   * picked, the reserved units are staged directly, for warehouses without a pick confirmation.
   */
  public Change<Staging> stage(AllocationId allocationId, LocationId stagingLocation) {
    requireOpen("stage");
    if (reserved + picked == 0) {
      throw InventoryException.invalidState("reservation " + id + " holds no units to stage");
    }
    List<Movement> movements = new ArrayList<>();
    long staged;
    if (picked > 0) {
      staged = picked;
      movements.add(
          new Movement(
              sku, Bucket.PICKED, Bucket.STAGED, picked, location, order, id, allocationId));
      if (reserved > 0) {
        movements.add(move(Bucket.RESERVED, Bucket.AVAILABLE, reserved));
      }
    } else {
      staged = reserved;
      movements.add(
          new Movement(
              sku, Bucket.RESERVED, Bucket.STAGED, reserved, location, order, id, allocationId));
    }
    Reservation next =
        new Reservation(id, order, sku, location, 0, 0, ReservationStatus.STAGED, expiresAt);
    Allocation allocation =
        new Allocation(
            allocationId,
            id,
            order,
            sku,
            location,
            stagingLocation,
            staged,
            AllocationStatus.STAGED);
    return new Change<>(new Staging(next, allocation), movements);
  }

  /** Puts every unit, on the shelf or in a tote, back to available at its location. */
  public Change<Reservation> release() {
    requireOpen("release");
    return new Change<>(withStatus(ReservationStatus.CANCELLED), returnAll());
  }

  /** Releases an expired reservation that nobody has started picking. */
  public Change<Reservation> expire(Instant now) {
    if (status != ReservationStatus.ACTIVE || picked > 0) {
      throw InventoryException.invalidState(
          "reservation " + id + " is " + status.wireName() + " and cannot expire");
    }
    if (expiresAt.isAfter(now)) {
      throw InventoryException.invalidState("reservation " + id + " expires at " + expiresAt);
    }
    return new Change<>(withStatus(ReservationStatus.EXPIRED), returnAll());
  }

  /**
   * Writes off up to {@code quantity} of the units still on the shelf because the shelf did not
   * have them. A reservation left with nothing is cancelled.
   */
  public Change<Reservation> cut(long quantity) {
    requireOpen("cut");
    long cut = Math.min(quantity, reserved);
    if (cut <= 0) {
      return new Change<>(this, List.of());
    }
    long left = reserved - cut;
    ReservationStatus nextStatus = left == 0 && picked == 0 ? ReservationStatus.CANCELLED : status;
    Reservation next =
        new Reservation(id, order, sku, location, left, picked, nextStatus, expiresAt);
    return new Change<>(next, List.of(move(Bucket.RESERVED, Bucket.LOST, cut)));
  }

  /** Called when the allocation made from this reservation ships. */
  public Reservation fulfilled() {
    return afterAllocation(ReservationStatus.FULFILLED);
  }

  /** Called when the allocation made from this reservation returns to the shelf. */
  public Reservation cancelledByReturn() {
    return afterAllocation(ReservationStatus.CANCELLED);
  }

  private Reservation afterAllocation(ReservationStatus target) {
    if (status != ReservationStatus.STAGED) {
      throw InventoryException.invalidState(
          "reservation " + id + " is " + status.wireName() + ", not staged");
    }
    return withStatus(target);
  }

  private List<Movement> returnAll() {
    List<Movement> movements = new ArrayList<>();
    if (reserved > 0) {
      movements.add(move(Bucket.RESERVED, Bucket.AVAILABLE, reserved));
    }
    if (picked > 0) {
      movements.add(move(Bucket.PICKED, Bucket.AVAILABLE, picked));
    }
    return movements;
  }

  private Reservation withStatus(ReservationStatus next) {
    long keepReserved = next.open() ? reserved : 0;
    long keepPicked = next.open() ? picked : 0;
    return new Reservation(id, order, sku, location, keepReserved, keepPicked, next, expiresAt);
  }

  private Movement move(Bucket from, Bucket to, long quantity) {
    return new Movement(sku, from, to, quantity, location, order, id, null);
  }

  private void requireOpen(String operation) {
    if (!status.open()) {
      throw InventoryException.invalidState(
          "cannot " + operation + " reservation " + id + ": it is " + status.wireName());
    }
  }

  /** The result of staging: the closed reservation and the new allocation. */
  public record Staging(Reservation reservation, Allocation allocation) {}
}
