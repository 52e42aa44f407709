package eu.dezky.api.member;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts removing a member of {@code tenantId}: their accounts are torn down (or, when another membership of the
 * same person still uses them, only this tenant's group membership goes). Repeating it while or after it runs is a
 * no-op.
 */
public record RemoveMemberCommand(@TargetAggregateIdentifier MemberId memberId, TenantId tenantId, String operationId)
        implements TenantScoped, OperationScoped {
}
