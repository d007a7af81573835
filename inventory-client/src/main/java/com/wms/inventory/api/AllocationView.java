package com.wms.inventory.api;

/** A hard allocation. Status: staged, packed, shipped, returned. */
public record AllocationView(
    String allocationId,
    String reservationId,
    String orderId,
    String sku,
    long quantity,
    String sourceLocationId,
    String stagingLocationId,
    String status) {}
