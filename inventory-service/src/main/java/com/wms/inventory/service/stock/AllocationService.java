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
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hard allocations: pack, ship, and return to the shelf. */
@Service
@Transactional
public class AllocationService {
  private final SkuRepository skus;
  private final AllocationRepository allocations;
  private final MovementWriter writer;

  AllocationService(SkuRepository skus, AllocationRepository allocations, MovementWriter writer) {
    this.skus = skus;
    this.allocations = allocations;
    this.writer = writer;
  }

  public AllocationView pack(Sku sku, PackRequest request, Caller caller) {
    AllocationId id = AllocationId.parse(request.allocationId());
    skus.lock(sku);
    Change<Allocation> change = allocations.lock(sku, id).pack();
    return apply(change, caller.context("pack", null), List.of());
  }

  /** The only way units of an order leave on-hand stock. */
  public AllocationView ship(Sku sku, ShipRequest request, Caller caller) {
    AllocationId id = AllocationId.parse(request.allocationId());
    skus.lock(sku);
    AllocationRepository.Held held = allocations.lockWithReservation(sku, id);
    Change<Allocation> change = held.allocation().ship();
    Reservation fulfilled = held.reservation().reservation().fulfilled();
    return apply(change, caller.context("ship", null), List.of(fulfilled));
  }

  /** Compensation: the allocation's units go back to available at their source location. */
  public AllocationView returnToShelf(Sku sku, ReturnToShelfRequest request, Caller caller) {
    AllocationId id = AllocationId.parse(request.allocationId());
    String reason = Identifiers.text("reason", request.reason(), 500);
    skus.lock(sku);
    AllocationRepository.Held held = allocations.lockWithReservation(sku, id);
    Change<Allocation> change = held.allocation().returnToShelf();
    Reservation cancelled = held.reservation().reservation().cancelledByReturn();
    return apply(change, caller.context("return-to-shelf", reason), List.of(cancelled));
  }

  /**
   * Writes the allocation's movements, its new status and, in the same statement as their units,
   * the statuses of {@code reservationsAfter}.
   */
  private AllocationView apply(
      Change<Allocation> change,
      MovementWriter.Context context,
      List<Reservation> reservationsAfter) {
    Allocation next = change.next();
    writer.write(change.movements(), context, reservationsAfter);
    allocations.updateStatus(next);
    return Views.allocation(next);
  }
}
