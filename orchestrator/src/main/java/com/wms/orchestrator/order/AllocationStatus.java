package com.wms.orchestrator.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an order's hard allocation is; its JSON is the wire word. */
public enum AllocationStatus {
  STAGED,
  PACKED,
  SHIPPED,
  RETURNED;

  /** The wire word, so that pages and logs show what the API shows. */
  @Override
  public String toString() {
    return wire();
  }

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
