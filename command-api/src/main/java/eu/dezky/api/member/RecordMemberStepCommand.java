package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The onboarding saga reports one system's step (done, retrying, skipped, compensated …) with its external id. */
public record RecordMemberStepCommand(@TargetAggregateIdentifier MemberId memberId, StepStatus step, String externalId) {
}
