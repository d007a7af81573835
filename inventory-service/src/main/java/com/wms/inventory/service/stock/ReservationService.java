package com.wms.inventory.service.stock;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.PickRequest;
import com.wms.inventory.api.PickResponse;
import com.wms.inventory.api.ReleaseResponse;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.ReserveLine;
import com.wms.inventory.api.ReserveRequest;
import com.wms.inventory.api.ReserveResponse;
import com.wms.inventory.api.StageRequest;
import com.wms.inventory.core.AllocationId;
import com.wms.inventory.core.Change;
import com.wms.inventory.core.ErrorCode;
import com.wms.inventory.core.Identifiers;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.Movement;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Quantity;
import com.wms.inventory.core.Reservation;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.ReservationPlanner;
import com.wms.inventory.core.ReservationPlanner.Allotment;
import com.wms.inventory.core.ReservationPlanner.Plan;
import com.wms.inventory.core.ReservationStatus;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.InventoryProperties;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Soft reservations: reserve, release, pick, stage, and expiry. */
@Service
@Transactional
public class ReservationService {
  static final int MAX_LINES = 500;

  private final SkuRepository skus;
  private final LocationRepository locations;
  private final ReservationRepository reservations;
  private final AllocationRepository allocations;
  private final MovementWriter writer;
  private final Clock clock;
  private final Supplier<UUID> ids;
  private final InventoryProperties properties;

  ReservationService(
      SkuRepository skus,
      LocationRepository locations,
      ReservationRepository reservations,
      AllocationRepository allocations,
      MovementWriter writer,
      Clock clock,
      Supplier<UUID> ids,
      InventoryProperties properties) {
    this.skus = skus;
    this.locations = locations;
    this.reservations = reservations;
    this.allocations = allocations;
    this.writer = writer;
    this.clock = clock;
    this.ids = ids;
    this.properties = properties;
  }

  /**
   * Reserves every line or none. Lines of the same SKU are merged; SKUs are locked in sorted order
   * so that two multi-line reservations can never deadlock.
   */
  public ReserveResponse reserve(ReserveRequest request, Caller caller) {
    OrderId order = OrderId.of(request.orderId());
    Map<Sku, Long> lines = merge(request.items());
    List<Plan> plans = new ArrayList<>();
    List<Map<String, Object>> short_ = new ArrayList<>();
    for (Map.Entry<Sku, Long> line : lines.entrySet()) {
      skus.lock(line.getKey());
      Plan plan =
          ReservationPlanner.plan(
              line.getKey(),
              locations.all(line.getKey()),
              Quantity.of("quantity", line.getValue()));
      plans.add(plan);
      if (!plan.satisfied()) {
        short_.add(
            Map.of(
                "sku", plan.sku().value(),
                "requested", plan.requested(),
                "available", plan.available()));
      }
    }
    if (!short_.isEmpty()) {
      throw insufficient(short_);
    }
    Instant expiresAt =
        clock.instant().truncatedTo(ChronoUnit.MICROS).plus(properties.reservationTtl());
    List<ReservationView> made = new ArrayList<>();
    for (Plan plan : plans) {
      for (Allotment a : plan.allotments()) {
        Change<Reservation> open =
            Reservation.open(
                new ReservationId(ids.get()),
                order,
                plan.sku(),
                a.location(),
                Quantity.of(a.quantity()),
                expiresAt);
        writer.open(
            List.of(open.next()),
            List.of(a.quantity()),
            open.movements(),
            List.of(caller.context("reserve", null)));
        made.add(Views.reservation(open.next(), a.quantity()));
      }
    }
    return new ReserveResponse(order.value(), made);
  }

  /**
   * Group commit: reserves, in the caller's transaction and in list order, many single-SKU requests
   * of one SKU, each all or nothing exactly as {@link #reserve} would one after the other. The SKU
   * is locked and its locations read once; the rows of all granted requests are then written with
   * one statement batch per table. Returns per request its {@link ReserveResponse} or the {@link
   * InventoryException} that refused it (nothing of a refused request is written).
   */
  public List<Object> reserveGroup(Sku sku, List<ReserveRequest> requests, List<Caller> callers) {
    skus.lock(sku);
    List<LocationStock> shelves = new ArrayList<>(locations.all(sku));
    Instant expiresAt =
        clock.instant().truncatedTo(ChronoUnit.MICROS).plus(properties.reservationTtl());
    List<Object> outcomes = new ArrayList<>();
    List<Reservation> opened = new ArrayList<>();
    List<Long> quantities = new ArrayList<>();
    List<Movement> movements = new ArrayList<>();
    List<MovementWriter.Context> contexts = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      ReserveRequest request = requests.get(i);
      OrderId order = OrderId.of(request.orderId());
      Map<Sku, Long> lines = merge(request.items());
      if (lines.size() != 1 || !lines.containsKey(sku)) {
        throw new IllegalArgumentException("reserveGroup takes single-SKU requests of " + sku);
      }
      Plan plan = ReservationPlanner.plan(sku, shelves, Quantity.of("quantity", lines.get(sku)));
      if (!plan.satisfied()) {
        outcomes.add(
            insufficient(
                List.of(
                    Map.of(
                        "sku", sku.value(),
                        "requested", plan.requested(),
                        "available", plan.available()))));
        continue;
      }
      List<ReservationView> made = new ArrayList<>();
      for (Allotment a : plan.allotments()) {
        Change<Reservation> open =
            Reservation.open(
                new ReservationId(ids.get()),
                order,
                sku,
                a.location(),
                Quantity.of(a.quantity()),
                expiresAt);
        opened.add(open.next());
        quantities.add(a.quantity());
        for (Movement m : open.movements()) {
          movements.add(m);
          contexts.add(callers.get(i).context("reserve", null));
        }
        shelves.replaceAll(
            l ->
                l.location().equals(a.location())
                    ? new LocationStock(
                        sku,
                        l.location(),
                        l.available() - a.quantity(),
                        l.reserved() + a.quantity())
                    : l);
        made.add(Views.reservation(open.next(), a.quantity()));
      }
      outcomes.add(new ReserveResponse(order.value(), made));
    }
    if (!opened.isEmpty()) {
      writer.open(opened, quantities, movements, contexts);
    }
    return outcomes;
  }

  private static InventoryException insufficient(List<Map<String, Object>> shortLines) {
    return new InventoryException(
        ErrorCode.INSUFFICIENT_STOCK,
        "not enough available stock for " + shortLines.size() + " line(s); nothing was reserved",
        Map.of("shortLines", shortLines));
  }

  /** Cancels every open reservation of the order; staged allocations are not touched. */
  public ReleaseResponse release(OrderId order, Caller caller, String reason) {
    // The reason lands on every ledger row of the release, so it is bounded like other reasons.
    Identifiers.text("reason", reason, 500);
    TreeSet<Sku> skuSet = new TreeSet<>();
    reservations.openOfOrder(order).forEach(s -> skuSet.add(s.reservation().sku()));
    List<ReservationView> released = new ArrayList<>();
    long units = 0;
    for (Sku sku : skuSet) {
      skus.lock(sku);
      for (StoredReservation stored : reservations.openOfOrder(order)) {
        Reservation r = stored.reservation();
        if (!r.sku().equals(sku)) {
          continue;
        }
        Reservation locked = reservations.lock(sku, r.id()).reservation();
        Change<Reservation> change = locked.release();
        writer.write(change.movements(), caller.context("release", reason), List.of(change.next()));
        units += locked.reserved() + locked.picked();
        released.add(Views.reservation(change.next(), stored.quantity()));
      }
    }
    return new ReleaseResponse(order.value(), units, released);
  }

  /** Moves picked units from the order's reservations at the location into the tote. */
  public PickResponse pick(Sku sku, PickRequest request, Caller caller) {
    OrderId order = OrderId.of(request.orderId());
    LocationId location = LocationId.of(request.locationId());
    Quantity quantity = Quantity.of("quantity", request.quantity());
    skus.lock(sku);
    List<StoredReservation> open = reservations.lockOpen(order, sku, location);
    if (open.isEmpty()) {
      throw new InventoryException(
          ErrorCode.UNKNOWN_RESERVATION,
          "order " + order + " has no open reservation of sku " + sku + " at " + location);
    }
    long reservedHere = open.stream().mapToLong(s -> s.reservation().reserved()).sum();
    if (reservedHere < quantity.value()) {
      throw new InventoryException(
          ErrorCode.OVERPICK,
          "order "
              + order
              + " has "
              + reservedHere
              + " unpicked units of sku "
              + sku
              + " reserved at "
              + location
              + "; cannot pick "
              + quantity.value());
    }
    long left = quantity.value();
    List<ReservationView> after = new ArrayList<>();
    for (StoredReservation stored : open) {
      Reservation r = stored.reservation();
      long take = Math.min(left, r.reserved());
      if (take > 0) {
        Change<Reservation> change = r.pick(Quantity.of(take));
        writer.write(change.movements(), caller.context("pick", null), List.of(change.next()));
        r = change.next();
        left -= take;
      }
      after.add(Views.reservation(r, stored.quantity()));
    }
    return new PickResponse(order.value(), sku.value(), location.value(), quantity.value(), after);
  }

  /** Creates the hard allocation of a reservation at a staging location. */
  public AllocationView stage(Sku sku, StageRequest request, Caller caller) {
    ReservationId id = ReservationId.parse(request.reservationId());
    LocationId staging = LocationId.of("stagingLocationId", request.stagingLocationId());
    skus.lock(sku);
    StoredReservation stored = reservations.lock(sku, id);
    if (stored.reservation().status() != ReservationStatus.ACTIVE
        && stored.reservation().status() != ReservationStatus.PICKED) {
      String existing =
          allocations.ofReservation(id).map(a -> " as allocation " + a.id()).orElse("");
      throw InventoryException.invalidState(
          "reservation " + id + " is " + stored.reservation().status().wireName() + existing);
    }
    Change<Reservation.Staging> change =
        stored.reservation().stage(new AllocationId(ids.get()), staging);
    allocations.insert(change.next().allocation());
    writer.write(
        change.movements(), caller.context("stage", null), List.of(change.next().reservation()));
    return Views.allocation(change.next().allocation());
  }

  /**
   * Releases reservations whose time is up and that nobody has started to pick. Each reservation is
   * released in its own transaction by the caller; this handles one.
   */
  public boolean expire(ReservationId id, Instant now) {
    StoredReservation candidate = reservations.find(id).orElse(null);
    if (candidate == null) {
      return false;
    }
    Sku sku = candidate.reservation().sku();
    skus.lock(sku);
    Reservation r = reservations.lock(sku, id).reservation();
    if (r.status() != ReservationStatus.ACTIVE || r.picked() > 0 || r.expiresAt().isAfter(now)) {
      return false;
    }
    Change<Reservation> change = r.expire(now);
    writer.write(
        change.movements(),
        Caller.of("expiry-sweeper", null).context("expire", "ttl"),
        List.of(change.next()));
    return true;
  }

  static Map<Sku, Long> merge(List<ReserveLine> items) {
    if (items == null || items.isEmpty()) {
      throw InventoryException.invalid("items must hold at least one line");
    }
    if (items.size() > MAX_LINES) {
      throw InventoryException.invalid("items may hold at most " + MAX_LINES + " lines");
    }
    Map<Sku, Long> lines = new TreeMap<>();
    for (ReserveLine line : items) {
      if (line == null) {
        throw InventoryException.invalid("items must not hold null lines");
      }
      Sku sku = Sku.of(line.sku());
      Quantity q = Quantity.of("quantity", line.quantity());
      long total = lines.getOrDefault(sku, 0L) + q.value();
      Quantity.of("quantity", total);
      lines.put(sku, total);
    }
    return lines;
  }
}
