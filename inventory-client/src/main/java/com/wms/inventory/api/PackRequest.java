package com.wms.inventory.api;

/** {@code POST /api/v1/inventory/{sku}/pack}. */
public record PackRequest(String allocationId, String packedBy) {}
