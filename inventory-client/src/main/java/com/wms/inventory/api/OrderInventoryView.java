package com.wms.inventory.api;

import java.util.List;

/** {@code GET /api/v1/orders/{orderId}/inventory}: every reservation and allocation of an order. */
public record OrderInventoryView(
    String orderId, List<ReservationView> reservations, List<AllocationView> allocations) {}
