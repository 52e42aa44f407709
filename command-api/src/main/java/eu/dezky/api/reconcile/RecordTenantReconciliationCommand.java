package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The reconciler reports what it found, per integration. */
public record RecordTenantReconciliationCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                                List<IntegrationReport> integrations)
        implements TenantScoped, OperationScoped {
}
