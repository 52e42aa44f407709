package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;

/** A comparison of the tenant with Authentik, Stalwart and oCIS began (the reconciler reacts). */
public record TenantReconciliationStartedEvent(TenantId tenantId, String operationId, boolean scheduled)
        implements TenantScoped, OperationScoped {
}
