package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Suspends the tenant: {@code members} are its ACTIVE members as the read model knows them (one created meanwhile is
 * suspended once it is onboarded). Also a retry of a suspension that left members active.
 */
public record SuspendTenantCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                   List<TenantMember> members) implements TenantScoped, OperationScoped {

    public SuspendTenantCommand {
        members = List.copyOf(members);
    }
}
