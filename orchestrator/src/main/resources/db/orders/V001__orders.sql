-- The order side of the orchestrator: order status, backorders and notifications. Applied by the
-- worker with its own Flyway history table (flyway_orders_history), beside the inventory schema.

CREATE TABLE customer_order (
    order_id     text        PRIMARY KEY,
    customer_id  text        NOT NULL,
    priority     text        NOT NULL,
    status       text        NOT NULL,
    stage        text        NOT NULL,
    request      jsonb       NOT NULL,
    view         jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX customer_order_status_idx ON customer_order (status, order_id);

CREATE TABLE backorder (
    backorder_id  uuid        PRIMARY KEY,
    order_id      text        NOT NULL,
    lines         jsonb       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT backorder_one_per_order UNIQUE (order_id),
    CONSTRAINT backorder_order_fk FOREIGN KEY (order_id) REFERENCES customer_order (order_id)
);

CREATE TABLE order_notification (
    notification_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id         text        NOT NULL,
    event            text        NOT NULL,
    message          text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    attempts         int         NOT NULL DEFAULT 0,
    CONSTRAINT order_notification_once UNIQUE (order_id, event)
);
