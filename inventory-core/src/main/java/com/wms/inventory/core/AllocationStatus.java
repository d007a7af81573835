package com.wms.inventory.core;

/** staged → packed → shipped | returned. */
public enum AllocationStatus {
  STAGED,
  PACKED,
  SHIPPED,
  RETURNED;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static AllocationStatus fromWire(String value) {
    return valueOf(value.toUpperCase(java.util.Locale.ROOT));
  }
}
