package com.wms.inventory.core;

import java.util.List;

/** The shelf of one SKU at one location: units free to promise and units soft-reserved. */
public record LocationStock(Sku sku, LocationId location, long available, long reserved) {

  public static LocationStock empty(Sku sku, LocationId location) {
    return new LocationStock(sku, location, 0, 0);
  }

  /** Units physically on the shelf. */
  public long onShelf() {
    return available + reserved;
  }

  public Change<LocationStock> receive(Quantity quantity) {
    LocationStock next = new LocationStock(sku, location, available + quantity.value(), reserved);
    return new Change<>(
        next, List.of(move(Bucket.RECEIVED, Bucket.AVAILABLE, quantity.value(), null)));
  }

  /**
   * A cycle count: the counted number of units on the shelf. Reserved units are promised, so a
   * count below them is refused; record a shortage instead, which cuts reservations.
   */
  public Change<LocationStock> countedAs(long counted) {
    if (counted < 0 || counted > Quantity.MAX) {
      throw InventoryException.invalid("newQuantity must be between 0 and " + Quantity.MAX);
    }
    return adjust(counted - onShelf());
  }

  /** Adds (positive) or removes (negative) available units after a count or a correction. */
  public Change<LocationStock> adjustBy(long delta) {
    // Compared without Math.abs, which overflows for Long.MIN_VALUE.
    if (delta < -Quantity.MAX || delta > Quantity.MAX) {
      throw InventoryException.invalid(
          "delta must be between -" + Quantity.MAX + " and " + Quantity.MAX);
    }
    return adjust(delta);
  }

  /** Changes the available units; a count may move more than one correction may. */
  private Change<LocationStock> adjust(long delta) {
    if (delta == 0) {
      return new Change<>(this, List.of());
    }
    if (available + delta < 0) {
      throw new InventoryException(
          ErrorCode.BELOW_RESERVED,
          "location "
              + location
              + " has "
              + available
              + " available and "
              + reserved
              + " reserved units; an adjustment may not cut reserved units, record a shortage instead");
    }
    LocationStock next = new LocationStock(sku, location, available + delta, reserved);
    Movement m =
        delta > 0
            ? move(Bucket.ADJUSTED, Bucket.AVAILABLE, delta, null)
            : move(Bucket.AVAILABLE, Bucket.ADJUSTED, -delta, null);
    return new Change<>(next, List.of(m));
  }

  /** Writes off available units that the shelf turned out not to have. */
  public Change<LocationStock> lose(long quantity, OrderId order) {
    long lost = Math.min(quantity, available);
    if (lost <= 0) {
      return new Change<>(this, List.of());
    }
    LocationStock next = new LocationStock(sku, location, available - lost, reserved);
    return new Change<>(next, List.of(move(Bucket.AVAILABLE, Bucket.LOST, lost, order)));
  }

  private Movement move(Bucket from, Bucket to, long quantity, OrderId order) {
    return new Movement(sku, from, to, quantity, location, order, null, null);
  }
}
