package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Put right what the latest reconciliation found, object by object; foreign objects are never among the items. */
public record StartTenantRepairCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                       List<RepairItem> items) implements TenantScoped, OperationScoped {
}
