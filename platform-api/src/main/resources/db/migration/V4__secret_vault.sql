-- Short-lived secrets handed from a request to a saga by reference (the one-time password of a new member).
-- Only AES-256-GCM ciphertext is stored; the key is never in the database. Rows expire after an hour and are swept.
CREATE TABLE secret_vault (
    ref         VARCHAR(64) NOT NULL,
    nonce       BYTEA       NOT NULL,
    ciphertext  BYTEA       NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ref)
);
CREATE INDEX secret_vault_expires_at ON secret_vault (expires_at);
