-- Who authenticated each movement: the role and token fingerprint such as operator#1a2b3c, or
-- system for the service's own work. Rows written before this column existed keep NULL; the
-- append-only trigger refuses UPDATE, so they cannot be backfilled (and must not be).
ALTER TABLE ledger ADD COLUMN principal text;
