package eu.dezky.api.member;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a member's display name and/or role (a PATCH); null means unchanged. {@code operationId} is a fresh UUID:
 * a new display name is propagated to the SSO and the files account as a {@link MemberOperationKind#UPDATE}.
 */
public record ChangeMemberDetailsCommand(@TargetAggregateIdentifier MemberId memberId, TenantId tenantId,
                                         String operationId, String displayName, MemberRole role)
        implements OperationScoped {
}
