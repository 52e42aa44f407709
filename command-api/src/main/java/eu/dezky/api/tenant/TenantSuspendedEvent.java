package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;

import java.util.List;

/**
 * The tenant is suspended from now on (its admins may read, not change) and its suspension operation starts with a
 * step per member in {@code members}.
 */
public record TenantSuspendedEvent(TenantId tenantId, String operationId, List<TenantMember> members)
        implements TenantScoped, OperationScoped {
}
