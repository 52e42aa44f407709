package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A row of the import could not be created after all (its address was taken meanwhile): records why. */
public record RefuseMemberImportRowCommand(@TargetAggregateIdentifier String operationId, TenantId tenantId, int row,
                                           String reason) implements TenantScoped, OperationScoped {
}
