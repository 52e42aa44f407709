/** The members read model: each member with their status and each system's onboarding step, per tenant. */
package eu.dezky.projections.member;
