package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;

import java.util.List;

/** A repair began; the repair saga runs one step per item. */
public record TenantRepairStartedEvent(TenantId tenantId, String operationId, List<RepairItem> items)
        implements TenantScoped, OperationScoped {
}
