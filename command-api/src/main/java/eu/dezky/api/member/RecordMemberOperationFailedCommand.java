package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The lifecycle saga gave up (after undoing what it could); {@code reason} says what a person can do. */
public record RecordMemberOperationFailedCommand(@TargetAggregateIdentifier MemberId memberId, String operationId,
                                                 String reason) {
}
