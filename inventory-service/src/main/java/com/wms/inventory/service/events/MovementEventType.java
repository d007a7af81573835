package com.wms.inventory.service.events;

import com.wms.inventory.core.Bucket;

/**
 * The CloudEvents type of a movement, by the buckets it moves between (the original system's type
 * names): units leaving a reservation for the shelf are {@code released}, whether by release,
 * expiry or the unpicked rest of a stage; units coming back from an allocation are {@code
 * returned-to-shelf}.
 */
final class MovementEventType {
  static final String PREFIX = "wms.inventory.";

  private MovementEventType() {}

  static String of(Bucket from, Bucket to) {
    String name =
        switch (to) {
          case AVAILABLE ->
              switch (from) {
                case RECEIVED -> "received";
                case ADJUSTED -> "adjusted";
                case RESERVED, PICKED -> "released";
                case STAGED, PACKED -> "returned-to-shelf";
                default -> throw unknown(from, to);
              };
          case RESERVED -> "reserved";
          case PICKED -> "picked";
          case STAGED -> "staged";
          case PACKED -> "packed";
          case SHIPPED -> "shipped";
          case LOST -> "stock-shortage";
          case ADJUSTED -> "adjusted";
          case RECEIVED -> throw unknown(from, to);
        };
    return PREFIX + name;
  }

  private static IllegalArgumentException unknown(Bucket from, Bucket to) {
    return new IllegalArgumentException("no movement goes from " + from + " to " + to);
  }
}
