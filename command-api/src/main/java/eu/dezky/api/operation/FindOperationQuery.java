package eu.dezky.api.operation;

import eu.dezky.api.tenant.TenantId;

/** One operation of the tenant, answered with an optional {@link OperationView}; another tenant's is not found. */
public record FindOperationQuery(TenantId tenantId, String operationId) {
}
