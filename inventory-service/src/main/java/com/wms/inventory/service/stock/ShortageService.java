package com.wms.inventory.service.stock;

import com.wms.inventory.api.ReservationView;
import com.wms.inventory.api.ShortageRequest;
import com.wms.inventory.api.ShortageResponse;
import com.wms.inventory.core.Identifiers;
import com.wms.inventory.core.InventoryException;
import com.wms.inventory.core.LocationId;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.OrderId;
import com.wms.inventory.core.Quantity;
import com.wms.inventory.core.Reservation;
import com.wms.inventory.core.ReservationId;
import com.wms.inventory.core.ShortagePlanner;
import com.wms.inventory.core.ShortageReason;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirmed shortages: units the shelf was believed to hold and did not. */
@Service
@Transactional
public class ShortageService {
  private final SkuRepository skus;
  private final LocationRepository locations;
  private final ReservationRepository reservations;
  private final MovementWriter writer;

  ShortageService(
      SkuRepository skus,
      LocationRepository locations,
      ReservationRepository reservations,
      MovementWriter writer) {
    this.skus = skus;
    this.locations = locations;
    this.reservations = reservations;
    this.writer = writer;
  }

  public ShortageResponse record(Sku sku, ShortageRequest request, Caller caller) {
    LocationId location = LocationId.of(request.locationId());
    OrderId order = request.orderId() == null ? null : OrderId.of(request.orderId());
    Quantity expected = Quantity.of("expectedQty", request.expectedQty());
    if (request.actualQty() == null || request.actualQty() < 0) {
      throw InventoryException.invalid("actualQty is required and must not be negative");
    }
    long actual = request.actualQty();
    if (actual >= expected.value()) {
      throw InventoryException.invalid("actualQty must be below expectedQty for a shortage");
    }
    ShortageReason reason = ShortageReason.fromWire(request.reason());
    String reportedBy = Identifiers.text("reportedBy", request.reportedBy(), 128);
    skus.lock(sku);
    LocationStock shelf = locations.get(sku, location);
    List<StoredReservation> open = reservations.lockOpenAt(sku, location);
    ShortagePlanner.Plan plan =
        ShortagePlanner.plan(
            shelf,
            open.stream().map(StoredReservation::reservation).toList(),
            order,
            expected.value() - actual);
    Caller actor = caller.withActor(reportedBy != null ? reportedBy : caller.actor());
    writer.write(
        plan.movements(), actor.context("shortage", reason.wireName()), plan.changedReservations());
    Map<ReservationId, Long> quantities =
        open.stream()
            .collect(Collectors.toMap(s -> s.reservation().id(), StoredReservation::quantity));
    List<ReservationView> cut = new ArrayList<>();
    for (Reservation r : plan.changedReservations()) {
      cut.add(Views.reservation(r, quantities.get(r.id())));
    }
    return new ShortageResponse(
        sku.value(),
        location.value(),
        order == null ? null : order.value(),
        expected.value(),
        actual,
        plan.shortfall(),
        plan.recorded(),
        reason.wireName(),
        cut);
  }
}
