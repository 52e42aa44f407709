/**
 * The member aggregate: a person in a tenant and where their onboarding, lifecycle operations and removal stand in each
 * system. Its mailbox address is held through the claim context's aggregate.
 */
package eu.dezky.domain.member;
