/**
 * {@code Idempotency-Key} on every POST: the first final answer to a key is kept and replayed to retries of the same
 * request by the same caller, so a client that lost an answer can safely ask again. A running request holds its key
 * as a lease; what it chose for itself (ids, a one-time password) is remembered with the key, so a retry after a crash
 * repeats the same request and finds its outcome.
 */
package eu.dezky.platform.idempotency;
