package eu.dezky.api.tenant;

import eu.dezky.api.common.PartnerId;

/** A tenant came into being; its owner is its first admin. */
public record TenantCreatedEvent(TenantId tenantId, String displayName, TenantOwner owner, PartnerId partnerId) {
}
