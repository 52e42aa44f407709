package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.time.Instant;

/** The unverified domain is provisional: it expires at {@code expiresAt} unless its ownership record is seen first. */
public record MailDomainExpiryScheduledEvent(DomainName domain, TenantId tenantId, Instant expiresAt)
        implements TenantScoped {
}
