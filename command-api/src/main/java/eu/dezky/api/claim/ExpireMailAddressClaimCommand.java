package eu.dezky.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The time to confirm {@code claimant}'s provisional claim is up: release it if it is still unconfirmed. A confirmed
 * claim, or another claimant's, is left alone.
 */
public record ExpireMailAddressClaimCommand(@TargetAggregateIdentifier MailAddress address, String claimant) {
}
