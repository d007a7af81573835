-- Orders not yet done, by stage and last change: what the stuck-orders metric counts, without
-- reading every finished order.
CREATE INDEX customer_order_open_idx ON customer_order (stage, updated_at) WHERE stage <> 'done';
