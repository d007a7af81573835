package com.wms.inventory.core;

import java.util.List;

/** The outcome of an operation on one aggregate: its next state and the movements it made. */
public record Change<T>(T next, List<Movement> movements) {
  public Change {
    movements = List.copyOf(movements);
  }
}
