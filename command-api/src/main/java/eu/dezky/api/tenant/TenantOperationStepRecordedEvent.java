package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.operation.OperationStep;

/** One step of a tenant operation changed. */
public record TenantOperationStepRecordedEvent(TenantId tenantId, String operationId, TenantOperationKind kind,
                                               OperationStep step) implements TenantScoped, OperationScoped {
}
