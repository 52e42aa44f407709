-- Responses to POST requests that carried an Idempotency-Key, so a retry gets the first answer instead of a
-- second change. One row per (caller, method, path, key); rows older than the retention are ignored and replaced.
CREATE TABLE idempotency_record (
    scope_key     VARCHAR(600) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed     BOOLEAN      NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    location      VARCHAR(2048),
    body          BYTEA,
    PRIMARY KEY (scope_key)
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
