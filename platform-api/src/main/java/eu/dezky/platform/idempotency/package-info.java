/**
 * {@code Idempotency-Key} on every POST: the first response to a key is kept and replayed to retries of the same
 * request by the same caller, so a client that lost an answer can safely ask again.
 */
package eu.dezky.platform.idempotency;
