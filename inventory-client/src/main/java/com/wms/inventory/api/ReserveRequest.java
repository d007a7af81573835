package com.wms.inventory.api;

import java.util.List;

/** {@code POST /api/v1/inventory/reserve}: soft-reserves every line of an order, or none. */
public record ReserveRequest(String orderId, List<ReserveLine> items) {}
