-- Idempotency keys belong to the principal that sent them: the same key from another token is
-- another request, which runs on its own and never sees the first response. The owner is part of
-- the primary key, so claiming a key stays one insert.
--
-- Existing keys go to the principal recorded on the ledger rows their request wrote, so they keep
-- replaying for that principal; rows from before principals were recorded (V002, when the API had
-- no authentication) were written by anonymous callers. A key whose request wrote no ledger row
-- (creating a SKU, releasing an order with nothing open) has no known owner: it keeps the owner ''
-- and replays for every principal, as every key did before, until the retention purges it.
ALTER TABLE idempotency_key ADD COLUMN owner text NOT NULL DEFAULT '';

UPDATE idempotency_key k
   SET owner = first_movement.owner
  FROM (SELECT DISTINCT ON (idempotency_key)
               idempotency_key, coalesce(principal, 'anonymous') AS owner
          FROM ledger
         WHERE idempotency_key IS NOT NULL
         ORDER BY idempotency_key, movement_id) first_movement
 WHERE first_movement.idempotency_key = k.idempotency_key;

ALTER TABLE idempotency_key ALTER COLUMN owner DROP DEFAULT;
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_pkey PRIMARY KEY (owner, idempotency_key);
