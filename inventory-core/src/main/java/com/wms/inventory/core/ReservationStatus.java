package com.wms.inventory.core;

/** active → picked → staged → fulfilled | cancelled | expired. */
public enum ReservationStatus {
  ACTIVE,
  PICKED,
  STAGED,
  FULFILLED,
  CANCELLED,
  EXPIRED;

  /** True while units are still promised on the shelf or in a tote for this reservation. */
  public boolean open() {
    return this == ACTIVE || this == PICKED;
  }

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ReservationStatus fromWire(String value) {
    return valueOf(value.toUpperCase(java.util.Locale.ROOT));
  }
}
