package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The onboarding saga gave up and compensated; {@code reason} says what a person can do about it. */
public record RecordMemberProvisioningFailedCommand(@TargetAggregateIdentifier MemberId memberId, String reason) {
}
