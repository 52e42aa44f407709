package eu.dezky.api.mail;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.tenant.TenantId;

/** One of the tenant's lists, answered with an optional {@link MailingListView}; another tenant's is absent. */
public record FindMailingListQuery(TenantId tenantId, MailAddress address) {
}
