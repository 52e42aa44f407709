package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resumes a suspended tenant and the members its suspension suspended. */
public record ResumeTenantCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId)
        implements TenantScoped, OperationScoped {
}
