package eu.dezky.api.mail;

import eu.dezky.api.common.PageRequest;
import eu.dezky.api.tenant.TenantId;

/** A page of the tenant's distribution lists, answered with a {@link MailingListPage}. */
public record FindMailingListPageQuery(TenantId tenantId, PageRequest page) {
}
