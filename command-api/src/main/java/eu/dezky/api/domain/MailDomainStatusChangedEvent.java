package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The domain's overall status changed (e.g. a verified domain whose MX disappeared needs attention). */
public record MailDomainStatusChangedEvent(DomainName domain, TenantId tenantId, DomainStatus from, DomainStatus to)
        implements TenantScoped {
}
