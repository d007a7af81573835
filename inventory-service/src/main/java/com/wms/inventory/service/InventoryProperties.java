package com.wms.inventory.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code wms.inventory}; each also reads an environment variable such as {@code
 * WMS_INVENTORY_RESERVATION_TTL}.
 *
 * @param reservationTtl how long a soft reservation lives before the sweeper releases it
 * @param sweepBatchSize how many expired reservations one sweep releases at most
 * @param ledgerPageLimit the largest page {@code GET /inventory/{sku}/ledger} returns
 * @param groupCommitMaxBatch how many concurrent single-SKU reservations of one SKU may share one
 *     transaction (group commit); 1 turns group commit off
 * @param idempotencyRetention how long an Idempotency-Key and its first response are kept; a
 *     request repeated later with the same key runs again
 * @param auditInterval how often the service audits itself; the last outcome is a metric
 */
@ConfigurationProperties("wms.inventory")
public record InventoryProperties(
    @DefaultValue("PT24H") Duration reservationTtl,
    @DefaultValue("500") int sweepBatchSize,
    @DefaultValue("1000") int ledgerPageLimit,
    @DefaultValue("64") int groupCommitMaxBatch,
    @DefaultValue("P30D") Duration idempotencyRetention,
    @DefaultValue("PT1H") Duration auditInterval) {}
