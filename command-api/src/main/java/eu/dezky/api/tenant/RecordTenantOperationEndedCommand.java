package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A saga reports how the tenant's running operation ended: {@code failure} null when every step is done (or parked
 * with its leftover in {@code leftovers}), else why it stopped.
 */
public record RecordTenantOperationEndedCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                                String failure, String leftovers)
        implements TenantScoped, OperationScoped {
}
