package com.wms.inventory.api;

import java.util.List;

/** The reservations made for an order, one or more per line. */
public record ReserveResponse(String orderId, List<ReservationView> reservations) {}
