package eu.dezky.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The provisional claimant now exists (the member was created): the claim holds until released. Idempotent; a
 * confirmation by anyone but the current claimant is ignored.
 */
public record ConfirmMailAddressClaimCommand(@TargetAggregateIdentifier MailAddress address, String claimant) {
}
