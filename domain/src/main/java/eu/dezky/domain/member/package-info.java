/**
 * The member aggregate (a person in a tenant and where their onboarding stands in each system) and the mail-address
 * claim that keeps every mailbox address unique platform-wide.
 */
package eu.dezky.domain.member;
