package com.wms.inventory.api;

/** {@code POST /api/v1/inventory/{sku}/stage}: hard-allocates a reservation at a staging spot. */
public record StageRequest(String reservationId, String stagingLocationId, String stagedBy) {}
