package eu.dezky.api.domain;

import eu.dezky.api.tenant.TenantId;

/** The tenant's mail domains (not removed ones), answered with a {@link MailDomainList}. */
public record FindMailDomainsQuery(TenantId tenantId) {
}
