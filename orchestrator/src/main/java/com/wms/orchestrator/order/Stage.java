package com.wms.orchestrator.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The step an order is in; its JSON is the wire word, e.g. {@code shortage_review}. */
public enum Stage {
  RECEIVED,
  RESERVING,
  PICKING,
  SHORTAGE_REVIEW,
  PACKING,
  SHIPPING,
  COMPENSATING,
  DONE;

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
