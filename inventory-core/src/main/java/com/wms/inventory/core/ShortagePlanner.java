package com.wms.inventory.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which units a confirmed shortage writes off at one location. The shelf had fewer units
 * than believed, so the missing units come first from the reporting order's own unpicked
 * reservations (the picker was looking for exactly those), then from available stock, and last from
 * other orders' reservations, newest promise first; ties in id order (the order in which the
 * database lists and the pick takes them). It never writes off more units than the shelf was
 * believed to hold.
 */
public final class ShortagePlanner {
  private ShortagePlanner() {}

  /** What to write off: the location after the loss, reservation cuts and all movements. */
  public record Plan(
      LocationStock location,
      List<Reservation> changedReservations,
      List<Movement> movements,
      long shortfall,
      long recorded) {}

  public static Plan plan(
      LocationStock location, List<Reservation> openAtLocation, OrderId order, long shortfall) {
    if (shortfall <= 0) {
      throw InventoryException.invalid("actualQty must be below expectedQty for a shortage");
    }
    List<Reservation> own = new ArrayList<>();
    List<Reservation> others = new ArrayList<>();
    for (Reservation r : openAtLocation) {
      if (!r.status().open()
          || !r.location().equals(location.location())
          || !r.sku().equals(location.sku())) {
        throw new IllegalArgumentException(
            "reservation " + r.id() + " is not an open reservation of this shelf");
      }
      (r.order().equals(order) ? own : others).add(r);
    }
    own.sort(Comparator.comparing(Reservation::id));
    others.sort(
        Comparator.comparing(Reservation::expiresAt).reversed().thenComparing(Reservation::id));

    long left = shortfall;
    long reservedCut = 0;
    List<Reservation> changed = new ArrayList<>();
    List<Movement> movements = new ArrayList<>();
    for (Reservation r : own) {
      left -= cut(r, left, changed, movements);
    }
    reservedCut += shortfall - left;
    Change<LocationStock> lost = location.lose(left, order);
    movements.addAll(lost.movements());
    long fromAvailable = location.available() - lost.next().available();
    left -= fromAvailable;
    long beforeOthers = left;
    for (Reservation r : others) {
      left -= cut(r, left, changed, movements);
    }
    reservedCut += beforeOthers - left;
    LocationStock next =
        new LocationStock(
            location.sku(),
            location.location(),
            lost.next().available(),
            location.reserved() - reservedCut);
    return new Plan(next, changed, movements, shortfall, shortfall - left);
  }

  private static long cut(
      Reservation r, long left, List<Reservation> changed, List<Movement> movements) {
    if (left <= 0) {
      return 0;
    }
    Change<Reservation> c = r.cut(left);
    if (c.movements().isEmpty()) {
      return 0;
    }
    changed.add(c.next());
    movements.addAll(c.movements());
    return r.reserved() - c.next().reserved();
  }
}
