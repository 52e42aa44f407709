package eu.dezky.api.tenant;

import eu.dezky.api.common.PartnerId;
import eu.dezky.api.common.TenantScoped;

/** A tenant came into being; its owner is its first admin. */
public record TenantCreatedEvent(TenantId tenantId, String displayName, TenantOwner owner, PartnerId partnerId)
        implements TenantScoped {
}
