package com.wms.inventory.api;

import java.util.List;

/** The reservations an order release cancelled and the units it returned to available. */
public record ReleaseResponse(String orderId, long releasedUnits, List<ReservationView> released) {}
