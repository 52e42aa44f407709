package eu.dezky.api.member;

import eu.dezky.api.operation.OperationScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a lifecycle operation on a member. {@code operationId} is a fresh UUID; {@code secretRef} names the vault
 * entry holding the new one-time password of a {@link MemberOperationKind#RESET_PASSWORD} (null otherwise).
 */
public record StartMemberOperationCommand(@TargetAggregateIdentifier MemberId memberId, String operationId,
                                          MemberOperationKind kind, String secretRef) implements OperationScoped {
}
