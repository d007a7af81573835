package com.wms.inventory.core;

/** A storage or staging location, such as {@code A-01-03}. */
public record LocationId(String value) implements Comparable<LocationId> {
  public LocationId {
    value = Identifiers.require("locationId", value, 64);
  }

  public static LocationId of(String value) {
    return new LocationId(value);
  }

  /** Like {@link #of} but names the field that carried the value in any error. */
  public static LocationId of(String field, String value) {
    return new LocationId(Identifiers.require(field, value, 64));
  }

  @Override
  public int compareTo(LocationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
