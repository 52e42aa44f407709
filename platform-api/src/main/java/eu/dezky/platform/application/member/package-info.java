/**
 * Member flows: onboarding (claim the mailbox address, then create the member), linking a person of another tenant,
 * lifecycle operations and removal, with the self-action rule and the refusal while another operation runs.
 */
package eu.dezky.platform.application.member;
