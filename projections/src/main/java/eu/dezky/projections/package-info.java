/**
 * Read models in MongoDB, built from events by tracking processors whose tokens live beside them, and the
 * query handlers that serve them. Every handler is idempotent so a replay or redelivery changes nothing.
 */
package eu.dezky.projections;
