-- Events (EVENTS.md). Applied with its own Flyway history (flyway_events_history) by every process
-- that writes or publishes events, beside the inventory and order schemas.

-- Events that are not ledger movements (item created, order status changes), written in the
-- transaction of the change they announce; the relay deletes a row in the transaction that
-- publishes it, so every row here is still to be published.
CREATE TABLE event_outbox (
    outbox_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream      text        NOT NULL,
    type        text        NOT NULL,
    subject     text        NOT NULL,
    data        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX event_outbox_stream_idx ON event_outbox (stream, outbox_id);

-- The last publication sequence number given out. Each relay transaction takes the row lock to
-- number its events, so numbers are dense and a reader never sees a number before a smaller one.
CREATE TABLE event_sequence (
    id        int    PRIMARY KEY,
    last_seq  bigint NOT NULL,
    CONSTRAINT event_sequence_single_row CHECK (id = 1)
);

INSERT INTO event_sequence (id, last_seq) VALUES (1, 0);

-- Every published event as its CloudEvents JSON (body), in publication order (seq). The HTTP feed
-- pages over it and the sinks ship from it; rows older than the retention are purged.
CREATE TABLE published_event (
    seq           bigint      PRIMARY KEY,
    stream        text        NOT NULL,
    event_id      text        NOT NULL,
    type          text        NOT NULL,
    subject       text        NOT NULL,
    event_time    timestamptz NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    body          text        NOT NULL,
    CONSTRAINT published_event_once UNIQUE (stream, event_id)
);

CREATE INDEX published_event_stream_idx ON published_event (stream, seq);
CREATE INDEX published_event_published_at_idx ON published_event (published_at);

-- How far each sink (e.g. kafka:inventory) has shipped: the last seq it delivered.
CREATE TABLE event_sink_cursor (
    sink  text   PRIMARY KEY,
    seq   bigint NOT NULL
);
