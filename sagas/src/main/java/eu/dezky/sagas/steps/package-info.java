/**
 * The one step engine every saga runs on: a saga declares its steps as a table (system, do, undo, what counts as
 * done) and the engine does the rest — persistent retry deadlines with backoff, Retry-After and throttling, and the
 * give-up policy (compensate in reverse, park as needs-attention, or stop), reporting every step as it goes.
 */
package eu.dezky.sagas.steps;
