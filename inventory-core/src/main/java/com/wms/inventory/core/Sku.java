package com.wms.inventory.core;

/** A stock keeping unit code: 1 to 64 characters of letters, digits, '-', '_', '.' or ':'. */
public record Sku(String value) implements Comparable<Sku> {
  public Sku {
    value = Identifiers.require("sku", value, 64);
  }

  public static Sku of(String value) {
    return new Sku(value);
  }

  @Override
  public int compareTo(Sku other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
