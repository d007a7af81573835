package com.wms.inventory.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a picker found fewer units than expected. */
public enum ShortageReason {
  NOT_FOUND,
  DAMAGED,
  QUANTITY_MISMATCH;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ShortageReason fromWire(String value) {
    if (value != null) {
      for (ShortageReason r : values()) {
        if (r.wireName().equals(value)) {
          return r;
        }
      }
    }
    throw InventoryException.invalid(
        "reason must be one of "
            + Arrays.stream(values())
                .map(ShortageReason::wireName)
                .collect(Collectors.joining(", ")));
  }
}
