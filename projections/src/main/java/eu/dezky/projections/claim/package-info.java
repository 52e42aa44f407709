/**
 * The read model of address claims: who holds each address, for linking a person's membership across tenants.
 * Replayable like every projection.
 */
package eu.dezky.projections.claim;
