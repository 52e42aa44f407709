package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.domain.DomainName;

/** The tenant has this mail domain. */
public record MailDomainAttachedEvent(TenantId tenantId, DomainName domain) implements TenantScoped {
}
