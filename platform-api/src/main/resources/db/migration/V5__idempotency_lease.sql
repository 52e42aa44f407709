-- An in-progress key is a lease, not a lock: a retry after lease_until takes the key over (the engine that held it
-- died or failed). memo holds the values the first try chose (member id, operation id, one-time password), sealed
-- with the vault's cipher, so the retry repeats the same request instead of making a second one.
ALTER TABLE idempotency_record ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE idempotency_record ADD COLUMN memo BYTEA;
