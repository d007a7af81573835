package com.wms.inventory.api;

import java.time.Instant;

/** One movement of the append-only ledger. */
public record LedgerEntry(
    long movementId,
    String sku,
    String from,
    String to,
    long quantity,
    String locationId,
    String orderId,
    String reservationId,
    String allocationId,
    String operation,
    String actor,
    String reason,
    String idempotencyKey,
    Instant createdAt) {}
