package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The repair saga reports one object's step. */
public record RecordTenantRepairStepCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                            OperationStep step) implements TenantScoped, OperationScoped {
}
