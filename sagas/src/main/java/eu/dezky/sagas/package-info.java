/**
 * Process managers: each saga drives one business operation through the external systems' typed clients in
 * adapters and reports every outcome back as a command; the step engine in {@code steps} runs their steps, retries
 * and compensations on the persistent deadline manager.
 */
package eu.dezky.sagas;
