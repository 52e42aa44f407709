package eu.dezky.api.domain;

import eu.dezky.api.common.PageRequest;
import eu.dezky.api.tenant.TenantId;

/** A page of the tenant's mail domains, answered with a {@link MailDomainPage}. */
public record FindMailDomainPageQuery(TenantId tenantId, PageRequest page) {
}
