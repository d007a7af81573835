package com.wms.inventory.api;

/** {@code POST /api/v1/inventory/{sku}/pick}: a picker took units of the order off a shelf. */
public record PickRequest(String orderId, String locationId, Long quantity, String createdBy) {}
