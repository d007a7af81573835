package com.wms.inventory.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides where one order line's units are reserved: from the location with the most available
 * units first (ties broken by location id), so that a line splits over as few locations as possible
 * and the choice is deterministic.
 */
public final class ReservationPlanner {
  private ReservationPlanner() {}

  /** One location's share of a line. */
  public record Allotment(LocationId location, long quantity) {}

  /** The plan for a line: the allotments, or how many units are missing. */
  public record Plan(Sku sku, long requested, long available, List<Allotment> allotments) {
    public boolean satisfied() {
      return available >= requested;
    }
  }

  public static Plan plan(Sku sku, List<LocationStock> locations, Quantity quantity) {
    for (LocationStock l : locations) {
      if (!l.sku().equals(sku)) {
        throw new IllegalArgumentException(
            "shelf " + l.location() + " holds " + l.sku() + ", not " + sku);
      }
    }
    List<LocationStock> ordered = new ArrayList<>(locations);
    ordered.sort(
        Comparator.comparingLong(LocationStock::available)
            .reversed()
            .thenComparing(LocationStock::location));
    long total = 0;
    for (LocationStock l : ordered) {
      total += l.available();
    }
    List<Allotment> allotments = new ArrayList<>();
    long left = quantity.value();
    for (LocationStock l : ordered) {
      if (left == 0 || total < quantity.value()) {
        break;
      }
      long take = Math.min(left, l.available());
      if (take > 0) {
        allotments.add(new Allotment(l.location(), take));
        left -= take;
      }
    }
    return new Plan(sku, quantity.value(), total, allotments);
  }
}
