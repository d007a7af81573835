package com.wms.inventory.api;

/**
 * {@code POST /api/v1/inventory/{sku}/shortage}: a picker expected {@code expectedQty} units at a
 * location and found {@code actualQty}. Reason: not_found, damaged or quantity_mismatch.
 */
public record ShortageRequest(
    String locationId,
    String orderId,
    Long expectedQty,
    Long actualQty,
    String reason,
    String reportedBy) {}
