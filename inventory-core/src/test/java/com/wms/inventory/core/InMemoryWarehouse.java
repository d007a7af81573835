package com.wms.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A test-only warehouse that keeps stock, reservations and allocations in maps and changes them
 * only through the domain's transitions. Every movement a transition returns is appended to a
 * ledger and folded into the shelves, because the domain returns the next {@link LocationStock}
 * only for receive, adjust and shortage; a pick or a stage changes the shelf as well.
 */
final class InMemoryWarehouse {
  static final List<Sku> SKUS = List.of(Sku.of("SKU-A"), Sku.of("SKU-B"));
  static final List<LocationId> LOCATIONS =
      List.of(LocationId.of("L-1"), LocationId.of("L-2"), LocationId.of("L-3"));
  static final List<OrderId> ORDERS = List.of(OrderId.of("O-1"), OrderId.of("O-2"));
  static final LocationId STAGING = LocationId.of("STAGE-1");
  static final Duration TTL = Duration.ofHours(24);

  /** What a step does; the indexes pick a SKU, location, order and existing entity. */
  enum Kind {
    RECEIVE,
    ADJUST,
    RESERVE,
    PICK,
    STAGE,
    PACK,
    SHIP,
    RETURN_TO_SHELF,
    RELEASE,
    RELEASE_ORDER,
    EXPIRE,
    SHORTAGE,
    TICK
  }

  record Op(Kind kind, int sku, int location, int order, int quantity, int target) {}

  /** How a step ended: the domain applied it, refused it, or there was nothing to apply it to. */
  enum Outcome {
    APPLIED,
    REFUSED,
    NO_TARGET
  }

  record StockKey(Sku sku, LocationId location) {}

  /** Everything a refused operation must leave untouched. */
  record State(
      Map<StockKey, LocationStock> stock,
      Map<ReservationId, Reservation> reservations,
      Map<AllocationId, Allocation> allocations,
      int ledgerSize,
      Instant now) {}

  private static final Map<ReservationStatus, Set<ReservationStatus>> RESERVATION_EDGES =
      Map.of(
          ReservationStatus.ACTIVE,
          EnumSet.of(
              ReservationStatus.ACTIVE,
              ReservationStatus.PICKED,
              ReservationStatus.STAGED,
              ReservationStatus.CANCELLED,
              ReservationStatus.EXPIRED),
          ReservationStatus.PICKED,
          EnumSet.of(
              ReservationStatus.PICKED, ReservationStatus.STAGED, ReservationStatus.CANCELLED),
          ReservationStatus.STAGED,
          EnumSet.of(ReservationStatus.FULFILLED, ReservationStatus.CANCELLED),
          ReservationStatus.FULFILLED,
          EnumSet.noneOf(ReservationStatus.class),
          ReservationStatus.CANCELLED,
          EnumSet.noneOf(ReservationStatus.class),
          ReservationStatus.EXPIRED,
          EnumSet.noneOf(ReservationStatus.class));

  private static final Map<AllocationStatus, Set<AllocationStatus>> ALLOCATION_EDGES =
      Map.of(
          AllocationStatus.STAGED,
          EnumSet.of(AllocationStatus.PACKED, AllocationStatus.RETURNED),
          AllocationStatus.PACKED,
          EnumSet.of(AllocationStatus.SHIPPED, AllocationStatus.RETURNED),
          AllocationStatus.SHIPPED,
          EnumSet.noneOf(AllocationStatus.class),
          AllocationStatus.RETURNED,
          EnumSet.noneOf(AllocationStatus.class));

  private final Map<StockKey, LocationStock> stock = new HashMap<>();
  private final Map<ReservationId, Reservation> reservations = new LinkedHashMap<>();
  private final Map<ReservationId, Long> originalQuantity = new HashMap<>();
  private final Map<AllocationId, Allocation> allocations = new LinkedHashMap<>();
  private final List<Movement> ledger = new ArrayList<>();
  private Instant now = Instant.parse("2025-01-01T00:00:00Z");
  private long nextId;
  private boolean targetFound;
  private final Set<String> notable = new java.util.TreeSet<>();

  List<Movement> ledger() {
    return List.copyOf(ledger);
  }

  Map<StockKey, LocationStock> stock() {
    return Map.copyOf(stock);
  }

  Map<ReservationId, Reservation> reservations() {
    return Map.copyOf(reservations);
  }

  Map<ReservationId, Long> originalQuantities() {
    return Map.copyOf(originalQuantity);
  }

  Map<AllocationId, Allocation> allocations() {
    return Map.copyOf(allocations);
  }

  State state() {
    return new State(
        Map.copyOf(stock), Map.copyOf(reservations), Map.copyOf(allocations), ledger.size(), now);
  }

  /** Rare paths the last step took, so that the property can show they are exercised. */
  Set<String> notable() {
    return Set.copyOf(notable);
  }

  /**
   * Applies one operation. When the domain refuses it with an {@link InventoryException}, checks
   * that nothing changed.
   */
  Outcome apply(Op op) {
    State before = state();
    targetFound = true;
    notable.clear();
    try {
      dispatch(op);
      return targetFound ? Outcome.APPLIED : Outcome.NO_TARGET;
    } catch (InventoryException refused) {
      assertThat(state()).as("a refused %s changes nothing", op).isEqualTo(before);
      return Outcome.REFUSED;
    }
  }

  private void dispatch(Op op) {
    Sku sku = SKUS.get(op.sku() % SKUS.size());
    LocationId location = LOCATIONS.get(op.location() % LOCATIONS.size());
    OrderId order = ORDERS.get(op.order() % ORDERS.size());
    switch (op.kind()) {
      case RECEIVE -> receive(sku, location, op.quantity());
      case ADJUST -> adjust(sku, location, op.quantity(), op.target());
      case RESERVE -> reserve(sku, order, op.quantity());
      case PICK -> withReservation(op.target(), r -> commit(r.pick(Quantity.of(op.quantity()))));
      case STAGE -> withReservation(op.target(), this::stage);
      case PACK -> withAllocation(op.target(), a -> commitAllocation(a.pack(), null));
      case SHIP ->
          withAllocation(op.target(), a -> commitAllocation(a.ship(), reservation(a).fulfilled()));
      case RETURN_TO_SHELF ->
          withAllocation(
              op.target(),
              a -> commitAllocation(a.returnToShelf(), reservation(a).cancelledByReturn()));
      case RELEASE -> withReservation(op.target(), r -> commit(r.release()));
      case RELEASE_ORDER -> releaseOrder(order);
      case EXPIRE -> withReservation(op.target(), r -> commit(r.expire(now)));
      case SHORTAGE -> shortage(sku, location, order, 3 * op.quantity());
      case TICK -> now = now.plus(Duration.ofHours(4L * op.quantity()));
    }
  }

  private void receive(Sku sku, LocationId location, int quantity) {
    commitShelf(stockAt(sku, location).receive(Quantity.of(2L * quantity)));
  }

  private void adjust(Sku sku, LocationId location, int quantity, int target) {
    LocationStock shelf = stockAt(sku, location);
    commitShelf(target % 2 == 0 ? shelf.adjustBy(quantity - 5L) : shelf.countedAs(quantity - 2L));
  }

  private void reserve(Sku sku, OrderId order, int quantity) {
    List<LocationStock> shelves = stock.values().stream().filter(s -> s.sku().equals(sku)).toList();
    ReservationPlanner.Plan plan = ReservationPlanner.plan(sku, shelves, Quantity.of(quantity));
    long available = shelves.stream().mapToLong(LocationStock::available).sum();
    assertThat(plan.available()).isEqualTo(available);
    if (!plan.satisfied()) {
      assertThat(plan.allotments()).isEmpty();
      throw new InventoryException(ErrorCode.INSUFFICIENT_STOCK, "only " + available);
    }
    assertThat(plan.allotments().stream().mapToLong(ReservationPlanner.Allotment::quantity).sum())
        .isEqualTo(quantity);
    List<Change<Reservation>> opened = new ArrayList<>();
    for (ReservationPlanner.Allotment a : plan.allotments()) {
      assertThat(a.quantity())
          .isPositive()
          .isLessThanOrEqualTo(stockAt(sku, a.location()).available());
      opened.add(
          Reservation.open(
              new ReservationId(new UUID(0, ++nextId)),
              order,
              sku,
              a.location(),
              Quantity.of(a.quantity()),
              now.plus(TTL)));
    }
    if (opened.size() > 1) {
      notable.add("reserve split over locations");
    }
    for (Change<Reservation> c : opened) {
      originalQuantity.put(c.next().id(), c.next().reserved());
      commit(c);
    }
  }

  private void stage(Reservation r) {
    Change<Reservation.Staging> c = r.stage(new AllocationId(new UUID(1, ++nextId)), STAGING);
    Allocation a = c.next().allocation();
    assertThat(a.quantity()).isEqualTo(r.picked() > 0 ? r.picked() : r.reserved());
    if (r.picked() > 0 && r.reserved() > 0) {
      notable.add("stage returned unpicked units");
    }
    putReservation(c.next().reservation());
    putAllocation(a);
    record(c.movements());
  }

  private void releaseOrder(OrderId order) {
    List<Change<Reservation>> released = new ArrayList<>();
    for (Reservation r : reservations.values()) {
      if (r.order().equals(order) && r.status().open()) {
        released.add(r.release());
      }
    }
    targetFound = !released.isEmpty();
    released.forEach(this::commit);
  }

  private void shortage(Sku sku, LocationId location, OrderId order, int shortfall) {
    LocationStock shelf = stockAt(sku, location);
    List<Reservation> open =
        reservations.values().stream()
            .filter(r -> r.sku().equals(sku) && r.location().equals(location))
            .filter(r -> r.status().open())
            .toList();
    ShortagePlanner.Plan plan = ShortagePlanner.plan(shelf, open, order, shortfall);
    ShortageChecks.check(shelf, open, order, plan);
    for (Movement m : plan.movements()) {
      if (m.from() == Bucket.RESERVED) {
        notable.add(
            reservations.get(m.reservation()).order().equals(order)
                ? "shortage cut own reservation"
                : "shortage cut other order");
      }
    }
    plan.changedReservations().forEach(this::putReservation);
    record(plan.movements());
    assertThat(stockAt(sku, location)).isEqualTo(plan.location());
  }

  private Reservation reservation(Allocation a) {
    return reservations.get(a.reservation());
  }

  private void withReservation(int target, java.util.function.Consumer<Reservation> action) {
    Reservation r = pick(target, reservations.values(), x -> x.status().open());
    if (r == null) {
      targetFound = false;
    } else {
      action.accept(r);
    }
  }

  private void withAllocation(int target, java.util.function.Consumer<Allocation> action) {
    Allocation a =
        pick(
            target,
            allocations.values(),
            x -> x.status() == AllocationStatus.STAGED || x.status() == AllocationStatus.PACKED);
    if (a == null) {
      targetFound = false;
    } else {
      action.accept(a);
    }
  }

  /** Two times in three a live entity, else any entity, so that refusals are exercised too. */
  private static <T> T pick(
      int target, java.util.Collection<T> all, java.util.function.Predicate<T> live) {
    List<T> candidates = all.stream().filter(live).toList();
    if (target % 3 == 0 || candidates.isEmpty()) {
      candidates = List.copyOf(all);
    }
    return candidates.isEmpty() ? null : candidates.get((target / 3) % candidates.size());
  }

  private void commit(Change<Reservation> c) {
    putReservation(c.next());
    record(c.movements());
  }

  private void commitAllocation(Change<Allocation> c, Reservation closed) {
    putAllocation(c.next());
    if (closed != null) {
      putReservation(closed);
    }
    record(c.movements());
  }

  private void commitShelf(Change<LocationStock> c) {
    record(c.movements());
    assertThat(stockAt(c.next().sku(), c.next().location())).isEqualTo(c.next());
  }

  private void putReservation(Reservation next) {
    Reservation prev = reservations.get(next.id());
    if (prev == null) {
      assertThat(next.status()).isEqualTo(ReservationStatus.ACTIVE);
    } else {
      assertThat(RESERVATION_EDGES.get(prev.status()))
          .as("reservation edge %s -> %s", prev.status(), next.status())
          .contains(next.status());
      assertThat(List.of(next.order(), next.sku(), next.location(), next.expiresAt()))
          .isEqualTo(List.of(prev.order(), prev.sku(), prev.location(), prev.expiresAt()));
    }
    reservations.put(next.id(), next);
  }

  private void putAllocation(Allocation next) {
    Allocation prev = allocations.get(next.id());
    if (prev == null) {
      assertThat(next.status()).isEqualTo(AllocationStatus.STAGED);
    } else {
      assertThat(ALLOCATION_EDGES.get(prev.status()))
          .as("allocation edge %s -> %s", prev.status(), next.status())
          .contains(next.status());
      assertThat(next.quantity()).isEqualTo(prev.quantity());
    }
    allocations.put(next.id(), next);
  }

  /** Appends to the ledger and folds shelf buckets into the location they address. */
  private void record(List<Movement> movements) {
    for (Movement m : movements) {
      ledger.add(m);
      long q = m.quantity();
      shelf(m, m.from(), -q);
      shelf(m, m.to(), q);
    }
  }

  private void shelf(Movement m, Bucket bucket, long delta) {
    if (bucket != Bucket.AVAILABLE && bucket != Bucket.RESERVED) {
      return;
    }
    LocationStock s = stockAt(m.sku(), m.location());
    long available = s.available() + (bucket == Bucket.AVAILABLE ? delta : 0);
    long reserved = s.reserved() + (bucket == Bucket.RESERVED ? delta : 0);
    stock.put(
        new StockKey(m.sku(), m.location()),
        new LocationStock(m.sku(), m.location(), available, reserved));
  }

  LocationStock stockAt(Sku sku, LocationId location) {
    return stock.getOrDefault(new StockKey(sku, location), LocationStock.empty(sku, location));
  }
}
