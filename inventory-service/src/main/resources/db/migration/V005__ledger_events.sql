-- The ledger is the outbox of the movement events (EVENTS.md). tx is the transaction that wrote
-- the row, filled in by the default, so the statements that write movements stay as they are; the
-- relay uses it to find rows that were not yet visible the last time it looked.
ALTER TABLE ledger ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX ledger_tx_idx ON ledger (tx);

-- What the relay has published of the ledger: rows with movement_id > boundary exactly when they
-- are visible in snapshot_high, rows with movement_id <= boundary exactly when they are visible in
-- snapshot_low. The first value publishes every row there is (no normal transaction is visible).
CREATE TABLE ledger_relay_state (
    id              int         PRIMARY KEY,
    snapshot_high   pg_snapshot NOT NULL,
    snapshot_low    pg_snapshot NOT NULL,
    boundary        bigint      NOT NULL,
    CONSTRAINT ledger_relay_state_single_row CHECK (id = 1)
);

INSERT INTO ledger_relay_state (id, snapshot_high, snapshot_low, boundary)
VALUES (1, '3:3:', '3:3:', 0);

-- Per SKU, the buckets after the last published movement and whether the SKU is at or below its
-- reorder point, so each event carries the totals after its movement and crossings of the reorder
-- point become low-stock events. Written only by the relay, in the transaction that publishes.
CREATE TABLE sku_event_state (
    sku               text    PRIMARY KEY,
    last_movement_id  bigint  NOT NULL,
    available         bigint  NOT NULL,
    reserved          bigint  NOT NULL,
    picked            bigint  NOT NULL,
    staged            bigint  NOT NULL,
    packed            bigint  NOT NULL,
    received          bigint  NOT NULL,
    shipped           bigint  NOT NULL,
    lost              bigint  NOT NULL,
    adjusted_in       bigint  NOT NULL,
    adjusted_out      bigint  NOT NULL,
    low_stock         boolean NOT NULL
);
