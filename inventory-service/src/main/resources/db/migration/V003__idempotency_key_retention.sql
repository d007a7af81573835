-- Idempotency keys are kept for a retention period (wms.inventory.idempotency-retention) and then
-- purged oldest first; this index lets the purge find them without reading the whole table.
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
