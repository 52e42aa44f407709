package eu.dezky.api.domain;

import eu.dezky.api.tenant.TenantId;

/** One of the tenant's mail domains, answered with an optional {@link MailDomainView}; another tenant's is absent. */
public record FindMailDomainQuery(TenantId tenantId, DomainName domain) {
}
