/**
 * The members read model: each member with their status, each system's onboarding step and account state, and their
 * lifecycle operations, per tenant.
 */
package eu.dezky.projections.member;
