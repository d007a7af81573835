package com.wms.inventory.core;

import java.util.Objects;

/**
 * N units of one SKU moved from one bucket to another. Location, reservation and allocation say
 * which instance of a per-location, per-reservation or per-allocation bucket is meant; each is null
 * where the buckets involved do not need it.
 */
public record Movement(
    Sku sku,
    Bucket from,
    Bucket to,
    long quantity,
    LocationId location,
    OrderId order,
    ReservationId reservation,
    AllocationId allocation) {

  public Movement {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      throw new IllegalArgumentException("a movement needs two different buckets");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException("a movement moves at least one unit");
    }
    requireAddress(from, location, reservation, allocation);
    requireAddress(to, location, reservation, allocation);
  }

  private static void requireAddress(
      Bucket bucket, LocationId location, ReservationId reservation, AllocationId allocation) {
    boolean ok =
        switch (bucket) {
          case AVAILABLE -> location != null;
          case RESERVED -> location != null && reservation != null;
          case PICKED -> reservation != null;
          case STAGED, PACKED -> allocation != null;
          case RECEIVED, SHIPPED, LOST, ADJUSTED -> true;
        };
    if (!ok) {
      throw new IllegalArgumentException("bucket " + bucket + " needs its address");
    }
  }
}
