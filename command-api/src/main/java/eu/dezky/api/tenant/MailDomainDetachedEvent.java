package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.domain.DomainName;

/** The tenant no longer has this mail domain. */
public record MailDomainDetachedEvent(TenantId tenantId, DomainName domain) implements TenantScoped {
}
