package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The lifecycle saga reports one system's step of the operation (done, retrying, skipped, compensated …). */
public record RecordMemberOperationStepCommand(@TargetAggregateIdentifier MemberId memberId, String operationId,
                                               StepStatus step) {
}
