package com.wms.inventory.core;

/**
 * A positive number of units, at most {@link #MAX}. The bound keeps every sum of quantities far
 * from overflow and catches typing slips such as an extra zero block.
 */
public record Quantity(long value) {
  public static final long MAX = 1_000_000_000L;

  public Quantity {
    if (value <= 0 || value > MAX) {
      throw InventoryException.invalid("quantity must be between 1 and " + MAX);
    }
  }

  public static Quantity of(long value) {
    return new Quantity(value);
  }

  /** Checks a nullable request field, naming it in the error. */
  public static Quantity of(String field, Long value) {
    if (value == null) {
      throw InventoryException.invalid(field + " is required");
    }
    if (value <= 0 || value > MAX) {
      throw InventoryException.invalid(field + " must be between 1 and " + MAX);
    }
    return new Quantity(value);
  }
}
