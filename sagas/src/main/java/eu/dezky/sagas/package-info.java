/**
 * Process managers: each saga drives one business operation through the external systems' typed clients in
 * adapters and reports every outcome back as a command, retrying transient failures through the deadline manager.
 */
package eu.dezky.sagas;
