package com.wms.orchestrator.order;

import java.util.Locale;

/** Looks up the constant of an enum whose wire word is its name in lower case. */
final class WireWords {
  private WireWords() {}

  static <E extends Enum<E>> E of(Class<E> type, String wire) {
    if (wire == null || !wire.equals(wire.toLowerCase(Locale.ROOT))) {
      return null;
    }
    try {
      return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
