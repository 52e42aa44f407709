package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A repair re-created the member's account in {@code system}: its new id there and, for the SSO identity, the new
 * {@code sub} the member's tokens carry (null otherwise).
 */
public record RecordMemberAccountRepairedCommand(@TargetAggregateIdentifier MemberId memberId, MemberSystem system,
                                                 String externalId, String ssoSubject, String operationId) {
}
