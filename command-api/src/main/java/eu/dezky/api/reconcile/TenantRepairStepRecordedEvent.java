package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.tenant.TenantId;

/** One object of a repair changed state ({@code system} the integration, {@code target} the object). */
public record TenantRepairStepRecordedEvent(TenantId tenantId, String operationId, OperationStep step)
        implements TenantScoped, OperationScoped {
}
