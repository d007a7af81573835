package com.wms.inventory.api;

/**
 * A row of {@code GET /api/v1/inventory}: the SKU's buckets summed over its locations, reservations
 * and allocations ({@code onHand} = available + reserved + picked + staged + packed), and the units
 * that left the warehouse ({@code shipped}, {@code lost}).
 */
public record ItemSummary(
    String sku,
    String productName,
    long available,
    long onHand,
    long reorderPoint,
    long reorderQuantity,
    boolean lowStock,
    long reserved,
    long picked,
    long staged,
    long packed,
    long shipped,
    long lost) {}
