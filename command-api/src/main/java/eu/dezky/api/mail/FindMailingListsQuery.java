package eu.dezky.api.mail;

import eu.dezky.api.tenant.TenantId;

/** The tenant's distribution lists, answered with a {@link MailingListList}. */
public record FindMailingListsQuery(TenantId tenantId) {
}
