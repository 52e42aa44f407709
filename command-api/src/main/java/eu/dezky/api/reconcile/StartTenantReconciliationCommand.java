package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Compare the tenant with every system now; {@code scheduled} when the engine's own timer asked, not a person. */
public record StartTenantReconciliationCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                               boolean scheduled) implements TenantScoped, OperationScoped {
}
