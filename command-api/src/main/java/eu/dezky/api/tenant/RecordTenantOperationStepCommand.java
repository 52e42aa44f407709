package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.operation.OperationStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A saga reports one step of the tenant's running operation (one member, list, alias or domain). */
public record RecordTenantOperationStepCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                               OperationStep step) implements TenantScoped, OperationScoped {
}
