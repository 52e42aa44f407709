/**
 * The operations read model: every long-running operation by its id, with kind, target, actor, steps and outcome,
 * fed by the events of the member, mail and domain aggregates. Replayable like every projection.
 */
package eu.dezky.projections.operation;
