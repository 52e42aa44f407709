/**
 * The public event catalogue: which internal events become which public, versioned lifecycle events, in one table
 * ({@link eu.dezky.adapters.notifications.LifecycleCatalogue}). It knows nothing of Kafka, so the catalogue and its
 * payloads stay the contract whatever carries them; {@code docs/asyncapi/lifecycle.yaml} documents it.
 */
package eu.dezky.adapters.notifications;
