package com.wms.inventory.core;

import java.util.List;

/**
 * A hard allocation: units staged (then packed) for one order. Only {@link #returnToShelf} can give
 * its units back; only {@link #ship} takes them out of the warehouse.
 */
public record Allocation(
    AllocationId id,
    ReservationId reservation,
    OrderId order,
    Sku sku,
    LocationId sourceLocation,
    LocationId stagingLocation,
    long quantity,
    AllocationStatus status) {

  /** Units in the staged bucket of this allocation. */
  public long staged() {
    return status == AllocationStatus.STAGED ? quantity : 0;
  }

  /** Units in the packed bucket of this allocation. */
  public long packed() {
    return status == AllocationStatus.PACKED ? quantity : 0;
  }

  public Change<Allocation> pack() {
    require(AllocationStatus.STAGED, "pack");
    return new Change<>(
        with(AllocationStatus.PACKED), List.of(move(Bucket.STAGED, Bucket.PACKED, quantity)));
  }

  public Change<Allocation> ship() {
    require(AllocationStatus.PACKED, "ship");
    return new Change<>(
        with(AllocationStatus.SHIPPED), List.of(move(Bucket.PACKED, Bucket.SHIPPED, quantity)));
  }

  /** Compensation: staged or packed units go back to available at the source location. */
  public Change<Allocation> returnToShelf() {
    if (status != AllocationStatus.STAGED && status != AllocationStatus.PACKED) {
      throw InventoryException.invalidState(
          "cannot return allocation " + id + " to the shelf: it is " + status.wireName());
    }
    Bucket from = status == AllocationStatus.STAGED ? Bucket.STAGED : Bucket.PACKED;
    return new Change<>(
        with(AllocationStatus.RETURNED), List.of(move(from, Bucket.AVAILABLE, quantity)));
  }

  private void require(AllocationStatus expected, String operation) {
    if (status != expected) {
      throw InventoryException.invalidState(
          "cannot "
              + operation
              + " allocation "
              + id
              + ": it is "
              + status.wireName()
              + ", not "
              + expected.wireName());
    }
  }

  private Allocation with(AllocationStatus next) {
    return new Allocation(
        id, reservation, order, sku, sourceLocation, stagingLocation, quantity, next);
  }

  private Movement move(Bucket from, Bucket to, long quantity) {
    return new Movement(sku, from, to, quantity, sourceLocation, order, reservation, id);
  }
}
