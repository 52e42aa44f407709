package eu.dezky.api.billing;

import eu.dezky.api.tenant.TenantId;

/** Asks for one tenant's billing figures; answered with an optional {@link TenantBillingView}. */
public record FindTenantBillingQuery(TenantId tenantId) {
}
