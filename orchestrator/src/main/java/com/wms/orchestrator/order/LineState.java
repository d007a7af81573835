package com.wms.orchestrator.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The furthest step an order line's units reached; its JSON is the wire word. */
public enum LineState {
  PENDING,
  RESERVED,
  PICKED,
  SHORT,
  STAGED,
  PACKED,
  SHIPPED,
  BACKORDERED,
  RELEASED,
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
