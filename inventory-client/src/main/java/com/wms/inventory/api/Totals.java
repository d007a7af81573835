package com.wms.inventory.api;

/** Every bucket of a SKU; onHand = available + reserved + picked + staged + packed. */
public record Totals(
    long available,
    long reserved,
    long picked,
    long staged,
    long packed,
    long onHand,
    long received,
    long shipped,
    long lost,
    long adjustedIn,
    long adjustedOut) {}
