package com.wms.inventory.api;

/** A row of {@code GET /api/v1/inventory}. */
public record ItemSummary(
    String sku,
    String productName,
    long available,
    long onHand,
    long reorderPoint,
    long reorderQuantity,
    boolean lowStock) {}
