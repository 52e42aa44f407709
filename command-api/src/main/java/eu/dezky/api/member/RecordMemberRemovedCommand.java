package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The removal saga reports the end of a removal; {@code mailboxKept} when another membership of the same person still
 * uses the mailbox (and the SSO and file accounts).
 */
public record RecordMemberRemovedCommand(@TargetAggregateIdentifier MemberId memberId, boolean mailboxKept) {
}
