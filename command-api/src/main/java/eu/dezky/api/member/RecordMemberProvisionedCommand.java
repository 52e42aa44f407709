package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The onboarding saga reports that every enabled system has the member. */
public record RecordMemberProvisionedCommand(@TargetAggregateIdentifier MemberId memberId) {
}
