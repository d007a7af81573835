package com.wms.inventory.api;

import java.time.Instant;

/**
 * One movement of the append-only ledger. {@code actor} is who the request named (the picker, the
 * packer); {@code principal} who authenticated it, e.g. {@code operator#1a2b3c} (role and token
 * fingerprint), or {@code system} for the service's own work; null on rows older than the field.
 */
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
    String principal,
    String reason,
    String idempotencyKey,
    Instant createdAt) {}
