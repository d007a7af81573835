package com.wms.inventory.api;

/** {@code POST /api/v1/inventory/{sku}/ship}: the packed units leave the warehouse. */
public record ShipRequest(String allocationId, String shippedBy) {}
