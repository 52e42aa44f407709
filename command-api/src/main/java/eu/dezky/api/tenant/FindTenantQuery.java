package eu.dezky.api.tenant;

/** Asks the read model for one tenant; answered with an optional {@link TenantView}. */
public record FindTenantQuery(TenantId tenantId) {
}
