package com.wms.orchestrator.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How soon an order must leave the warehouse, with the original system's values. The order API also
 * takes the values it used to take and keeps them as the nearest of these: {@code urgent} →
 * same_day, {@code high} → next_day, {@code normal} and {@code low} → standard (the default).
 *
 * <p>Priority decides two things: how long picking waits for the picker (see {@code
 * WMS_PICK_TIMEOUT_*}) and the Temporal task priority of the order's workflow and, by inheritance,
 * its activities, so that on a busy worker same-day orders' tasks are dispatched first.
 */
public enum OrderPriority {
  SAME_DAY(1),
  NEXT_DAY(2),
  STANDARD(3);

  private final int taskPriority;

  OrderPriority(int taskPriority) {
    this.taskPriority = taskPriority;
  }

  /** Temporal's priority key: 1 is dispatched first; 3 is Temporal's default. */
  public int taskPriority() {
    return taskPriority;
  }

  /** The wire word, so that pages and logs show what the API shows. */
  @Override
  public String toString() {
    return wire();
  }

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The priority of a wire value or of a legacy one; null when it names none. */
  @JsonCreator
  public static OrderPriority ofWire(String wire) {
    if (wire == null) {
      return null;
    }
    return switch (wire) {
      case "urgent" -> SAME_DAY;
      case "high" -> NEXT_DAY;
      case "normal", "low" -> STANDARD;
      default -> WireWords.of(OrderPriority.class, wire);
    };
  }
}
