package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.time.Instant;

/** The tenant is warned: the domain's ownership is still unproven and it will be removed at {@code expiresAt}. */
public record MailDomainExpiryWarnedEvent(DomainName domain, TenantId tenantId, Instant expiresAt)
        implements TenantScoped {
}
