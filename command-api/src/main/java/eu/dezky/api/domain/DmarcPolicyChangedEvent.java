package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The expected DMARC record changed to {@code policy.record()}. */
public record DmarcPolicyChangedEvent(DomainName domain, TenantId tenantId, DmarcPolicy policy) implements TenantScoped {
}
