package com.wms.inventory.api;

/** {@code POST /api/v1/inventory/{sku}/return-to-shelf}: compensation for a hard allocation. */
public record ReturnToShelfRequest(String allocationId, String returnedBy, String reason) {}
