/**
 * The HTTP core every adapter client shares: per-target settings, a client-side limiter, retries of
 * transient failures with backoff and {@code Retry-After}, redacted request logging, and the small error
 * taxonomy ({@link eu.dezky.adapters.http.AdapterException.Kind}) sagas decide on. Vendor clients only
 * build requests and map vendor bodies; everything about getting a request through lives here.
 */
package eu.dezky.adapters.http;
