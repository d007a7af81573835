package com.wms.inventory.service.stock;

import com.wms.inventory.api.AllocationView;
import com.wms.inventory.api.LocationView;
import com.wms.inventory.api.ReservationView;
import com.wms.inventory.core.Allocation;
import com.wms.inventory.core.LocationStock;
import com.wms.inventory.core.Reservation;
import com.wms.inventory.service.stock.ReservationRepository.StoredReservation;

/** Maps domain state to the wire records of inventory-client. */
final class Views {
  private Views() {}

  static ReservationView reservation(StoredReservation stored) {
    return reservation(stored.reservation(), stored.quantity());
  }

  static ReservationView reservation(Reservation r, long quantity) {
    return new ReservationView(
        r.id().toString(),
        r.order().value(),
        r.sku().value(),
        r.location().value(),
        quantity,
        r.reserved(),
        r.picked(),
        r.status().wireName(),
        r.expiresAt());
  }

  static AllocationView allocation(Allocation a) {
    return new AllocationView(
        a.id().toString(),
        a.reservation().toString(),
        a.order().value(),
        a.sku().value(),
        a.quantity(),
        a.sourceLocation().value(),
        a.stagingLocation().value(),
        a.status().wireName());
  }

  static LocationView location(LocationStock l) {
    return new LocationView(l.location().value(), l.available(), l.reserved());
  }
}
