package com.wms.inventory.core;

/** The order a reservation, allocation or movement belongs to. */
public record OrderId(String value) {
  public OrderId {
    value = Identifiers.require("orderId", value, 64);
  }

  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
