package eu.dezky.api.reconcile;

import eu.dezky.api.tenant.TenantId;

/** The tenant's latest reconciliation, answered with an optional {@link ReconciliationView}. */
public record FindTenantReconciliationQuery(TenantId tenantId) {
}
