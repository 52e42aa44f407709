/**
 * The audit read model: every event as an entry in words, with who caused it, in which request and operation, and
 * how it ended. Built like every read model (replayable, token beside it in MongoDB); it never copies a payload, so
 * nothing secret can reach it.
 */
package eu.dezky.projections.audit;
