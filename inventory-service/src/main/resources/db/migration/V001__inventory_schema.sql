-- Stock model of DESIGN.md section 2. Every balance column below changes only together with a
-- row in ledger, in the same transaction; CHECK constraints make a negative bucket impossible.

CREATE TABLE sku (
    sku               text        PRIMARY KEY,
    product_name      text        NOT NULL,
    reorder_point     bigint      NOT NULL DEFAULT 0,
    reorder_quantity  bigint      NOT NULL DEFAULT 0,
    -- external flows: where units entered and left the warehouse
    received          bigint      NOT NULL DEFAULT 0,
    shipped           bigint      NOT NULL DEFAULT 0,
    lost              bigint      NOT NULL DEFAULT 0,
    adjusted_in       bigint      NOT NULL DEFAULT 0,
    adjusted_out      bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sku_reorder_point_non_negative CHECK (reorder_point >= 0),
    CONSTRAINT sku_reorder_quantity_non_negative CHECK (reorder_quantity >= 0),
    CONSTRAINT sku_flows_non_negative
        CHECK (received >= 0 AND shipped >= 0 AND lost >= 0 AND adjusted_in >= 0 AND adjusted_out >= 0)
);

CREATE TABLE stock_location (
    sku          text   NOT NULL,
    location_id  text   NOT NULL,
    available    bigint NOT NULL DEFAULT 0,
    reserved     bigint NOT NULL DEFAULT 0,
    CONSTRAINT stock_location_pk PRIMARY KEY (sku, location_id),
    CONSTRAINT stock_location_sku_fk FOREIGN KEY (sku) REFERENCES sku (sku),
    CONSTRAINT stock_location_available_non_negative CHECK (available >= 0),
    CONSTRAINT stock_location_reserved_non_negative CHECK (reserved >= 0)
);

CREATE TABLE reservation (
    reservation_id  uuid        PRIMARY KEY,
    order_id        text        NOT NULL,
    sku             text        NOT NULL,
    location_id     text        NOT NULL,
    quantity        bigint      NOT NULL,
    reserved        bigint      NOT NULL DEFAULT 0,
    picked          bigint      NOT NULL DEFAULT 0,
    status          text        NOT NULL,
    expires_at      timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reservation_location_fk FOREIGN KEY (sku, location_id) REFERENCES stock_location (sku, location_id),
    CONSTRAINT reservation_quantity_positive CHECK (quantity > 0),
    CONSTRAINT reservation_reserved_non_negative CHECK (reserved >= 0),
    CONSTRAINT reservation_picked_non_negative CHECK (picked >= 0),
    CONSTRAINT reservation_within_quantity CHECK (reserved + picked <= quantity),
    CONSTRAINT reservation_status_known
        CHECK (status IN ('active', 'picked', 'staged', 'fulfilled', 'cancelled', 'expired')),
    CONSTRAINT reservation_closed_holds_nothing
        CHECK (status IN ('active', 'picked') OR (reserved = 0 AND picked = 0))
);

CREATE INDEX reservation_order_idx ON reservation (order_id);
CREATE INDEX reservation_sku_location_open_idx ON reservation (sku, location_id) WHERE status IN ('active', 'picked');
CREATE INDEX reservation_expiry_idx ON reservation (expires_at) WHERE status = 'active';

CREATE TABLE allocation (
    allocation_id        uuid        PRIMARY KEY,
    reservation_id       uuid        NOT NULL,
    order_id             text        NOT NULL,
    sku                  text        NOT NULL,
    source_location_id   text        NOT NULL,
    staging_location_id  text        NOT NULL,
    quantity             bigint      NOT NULL,
    status               text        NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT allocation_reservation_fk FOREIGN KEY (reservation_id) REFERENCES reservation (reservation_id),
    -- one reservation is staged at most once: the natural key of "stage reservation R"
    CONSTRAINT allocation_one_per_reservation UNIQUE (reservation_id),
    CONSTRAINT allocation_quantity_positive CHECK (quantity > 0),
    CONSTRAINT allocation_status_known CHECK (status IN ('staged', 'packed', 'shipped', 'returned'))
);

CREATE INDEX allocation_order_idx ON allocation (order_id);
CREATE INDEX allocation_sku_open_idx ON allocation (sku) WHERE status IN ('staged', 'packed');

-- Append-only: the service only ever INSERTs here (see the trigger below).
CREATE TABLE ledger (
    movement_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku              text        NOT NULL,
    from_bucket      text        NOT NULL,
    to_bucket        text        NOT NULL,
    quantity         bigint      NOT NULL,
    location_id      text,
    order_id         text,
    reservation_id   uuid,
    allocation_id    uuid,
    operation        text        NOT NULL,
    actor            text,
    reason           text,
    idempotency_key  text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ledger_quantity_positive CHECK (quantity > 0),
    CONSTRAINT ledger_buckets_differ CHECK (from_bucket <> to_bucket),
    CONSTRAINT ledger_buckets_known CHECK (
        from_bucket IN ('received', 'available', 'reserved', 'picked', 'staged', 'packed', 'adjusted')
        AND to_bucket IN ('available', 'reserved', 'picked', 'staged', 'packed', 'shipped', 'lost', 'adjusted'))
);

CREATE INDEX ledger_sku_idx ON ledger (sku, movement_id);
CREATE INDEX ledger_order_idx ON ledger (order_id) WHERE order_id IS NOT NULL;

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER ledger_append_only
    BEFORE UPDATE OR DELETE ON ledger
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- Idempotency-Key: the first response to a key is kept and replayed for the same request.
CREATE TABLE idempotency_key (
    idempotency_key  text        PRIMARY KEY,
    operation        text        NOT NULL,
    request_hash     text        NOT NULL,
    response_status  int,
    response_body    text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
