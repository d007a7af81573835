package com.wms.inventory.service.stock;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.PackRequest;
import com.wms.inventory.api.ReturnToShelfRequest;
import com.wms.inventory.api.ShipRequest;
import com.wms.inventory.core.Allocation;
import com.wms.inventory.core.AllocationId;
import com.wms.inventory.core.Change;
import com.wms.inventory.core.Identifiers;
import com.wms.inventory.core.Reservation;
import com.wms.inventory.core.Sku;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hard allocations: pack, ship, and return to the shelf. */
@Service
@Transactional
public class AllocationService {
  private final SkuRepository skus;
  private final ReservationRepository reservations;
  private final AllocationRepository allocations;
  private final MovementWriter writer;

  AllocationService(
      SkuRepository skus,
      ReservationRepository reservations,
      AllocationRepository allocations,
      MovementWriter writer) {
    this.skus = skus;
    this.reservations = reservations;
    this.allocations = allocations;
    this.writer = writer;
  }

  public AllocationView pack(Sku sku, PackRequest request, Caller caller) {
    AllocationId id = AllocationId.parse(request.allocationId());
    skus.lock(sku);
    Change<Allocation> change = allocations.lock(sku, id).pack();
    return apply(change, caller.context("pack", null), null);
  }

  /** The only way units of an order leave on-hand stock. */
  public AllocationView ship(Sku sku, ShipRequest request, Caller caller) {
    AllocationId id = AllocationId.parse(request.allocationId());
    skus.lock(sku);
    Change<Allocation> change = allocations.lock(sku, id).ship();
    return apply(change, caller.context("ship", null), Reservation::fulfilled);
  }

  /** Compensation: the allocation's units go back to available at their source location. */
  public AllocationView returnToShelf(Sku sku, ReturnToShelfRequest request, Caller caller) {
    AllocationId id = AllocationId.parse(request.allocationId());
    String reason = Identifiers.text("reason", request.reason(), 500);
    skus.lock(sku);
    Change<Allocation> change = allocations.lock(sku, id).returnToShelf();
    return apply(change, caller.context("return-to-shelf", reason), Reservation::cancelledByReturn);
  }

  private AllocationView apply(
      Change<Allocation> change,
      MovementWriter.Context context,
      UnaryOperator<Reservation> reservationAfter) {
    Allocation next = change.next();
    writer.write(change.movements(), context);
    allocations.updateStatus(next);
    if (reservationAfter != null) {
      StoredReservation r = reservations.lock(next.sku(), next.reservation());
      reservations.updateStatus(reservationAfter.apply(r.reservation()));
    }
    return Views.allocation(next);
  }
}
