package com.wms.inventory.api;

import java.util.List;

/** {@code GET /api/v1/inventory/{sku}}: balances plus open reservations and allocations. */
public record ItemView(
    String sku,
    String productName,
    long reorderPoint,
    long reorderQuantity,
    boolean lowStock,
    Totals totals,
    List<LocationView> locations,
    List<ReservationView> reservations,
    List<AllocationView> allocations) {}
