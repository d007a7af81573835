package com.wms.inventory.api;

import java.util.List;

/**
 * {@code GET /api/v1/orders/{orderId}/ledger}: the movements that name the order, oldest first, at
 * most {@code limit} of them ({@code truncated} tells when there were more).
 */
public record OrderLedger(String orderId, List<LedgerEntry> entries, boolean truncated) {}
