package com.wms.inventory.core;

/**
 * Where a unit is. Every unit is in exactly one bucket; every change of stock is a {@link Movement}
 * from one bucket to another. The external buckets are where units enter and leave the warehouse;
 * they only ever grow.
 */
public enum Bucket {
  /** External source: units that arrived from a supplier. */
  RECEIVED(true),
  /** On the shelf at a location, free to promise. */
  AVAILABLE(false),
  /** On the shelf at a location, soft-promised to one reservation. */
  RESERVED(false),
  /** Taken off the shelf for one reservation, in a tote. */
  PICKED(false),
  /** At a staging location, hard-allocated to an order. */
  STAGED(false),
  /** Packed into a shipment. */
  PACKED(false),
  /** External sink: units that left with a shipment. */
  SHIPPED(true),
  /** External sink: units the shelf did not have after all. */
  LOST(true),
  /** External source or sink: cycle-count corrections. */
  ADJUSTED(true);

  private final boolean external;

  Bucket(boolean external) {
    this.external = external;
  }

  public boolean external() {
    return external;
  }

  /** The lower-case name used on the wire and in the ledger. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
