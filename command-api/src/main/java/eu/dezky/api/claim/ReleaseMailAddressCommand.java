package eu.dezky.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Frees the address again once {@code claimant} no longer uses its accounts: counts for its sole holder and for the
 * last holder that left (after the teardown); a holder among several just leaves; anything else is ignored.
 */
public record ReleaseMailAddressCommand(@TargetAggregateIdentifier MailAddress address, String claimant) {
}
