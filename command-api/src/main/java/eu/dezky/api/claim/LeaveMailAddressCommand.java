package eu.dezky.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A removal asks to give up its holder's share of an address. The claim answers with {@link MailAddressLeftEvent}:
 * decided serially, so of two concurrent removals exactly one is the last holder and tears the accounts down. A
 * repeat is a no-op.
 */
public record LeaveMailAddressCommand(@TargetAggregateIdentifier MailAddress address, String claimant) {
}
