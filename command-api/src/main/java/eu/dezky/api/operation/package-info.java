/**
 * The operation context: every long-running change (onboarding, a lifecycle action, a removal, an alias or list
 * change, a domain's set-up) is an operation with an id, a kind, a target, steps and an outcome. Its read model is
 * fed by the events of the aggregates that run them.
 */
package eu.dezky.api.operation;
