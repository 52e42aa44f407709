package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The lifecycle saga reports that every system has done (or skipped) its step. */
public record RecordMemberOperationCompletedCommand(@TargetAggregateIdentifier MemberId memberId, String operationId) {
}
