package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The domain is gone; its name is free again for any tenant. */
public record MailDomainRemovedEvent(DomainName domain, TenantId tenantId, String operationId) implements TenantScoped {
}
