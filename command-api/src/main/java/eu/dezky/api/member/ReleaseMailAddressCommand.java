package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Frees the address again; only its current claimant's release counts, anything else is ignored. */
public record ReleaseMailAddressCommand(@TargetAggregateIdentifier MailAddress address, String claimant) {
}
