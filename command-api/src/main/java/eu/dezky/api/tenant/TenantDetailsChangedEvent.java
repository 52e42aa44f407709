package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;

import java.util.List;

/**
 * A tenant's display name and/or admins changed; null means unchanged. {@code admins} replaces the whole list (the
 * owner's first-admin entry included). Engine state only: no external system holds either.
 */
public record TenantDetailsChangedEvent(TenantId tenantId, String displayName, List<TenantAdmin> admins)
        implements TenantScoped {

    public TenantDetailsChangedEvent {
        admins = admins == null ? null : List.copyOf(admins);
    }
}
