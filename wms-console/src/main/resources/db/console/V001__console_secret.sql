-- The console's session cookie key: 32 random bytes, made by the first replica that starts and
-- read by every other one, so any replica opens a cookie that another sealed. One row only.
CREATE TABLE console_secret (
    id         smallint    NOT NULL CONSTRAINT console_secret_pk PRIMARY KEY
                           CONSTRAINT console_secret_one_row CHECK (id = 1),
    cookie_key bytea       NOT NULL CONSTRAINT console_secret_key_length CHECK (octet_length(cookie_key) = 32),
    created_at timestamptz NOT NULL DEFAULT now()
);
