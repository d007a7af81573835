package com.wms.inventory.api;

import java.util.List;

/** The order's reservations at the location after a pick. */
public record PickResponse(
    String orderId,
    String sku,
    String locationId,
    long quantity,
    List<ReservationView> reservations) {}
