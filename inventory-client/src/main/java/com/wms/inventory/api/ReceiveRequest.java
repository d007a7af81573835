package com.wms.inventory.api;

/** {@code POST /api/v1/inventory/{sku}/receive}: units arrive at a location. */
public record ReceiveRequest(
    String locationId, Long quantity, String referenceId, String receivedBy) {}
