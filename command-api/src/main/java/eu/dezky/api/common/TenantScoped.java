package eu.dezky.api.common;

import eu.dezky.api.tenant.TenantId;

/**
 * A message that belongs to one tenant. The engine uses it to record the tenant on every command's metadata,
 * and (later) to key public events by tenant so one tenant's events stay in order.
 */
public interface TenantScoped {

    TenantId tenantId();
}
