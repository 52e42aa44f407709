package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The domain's ownership record was seen for the first time: it no longer expires and cannot be taken over. */
public record MailDomainOwnershipProvenEvent(DomainName domain, TenantId tenantId) implements TenantScoped {
}
