package eu.dezky.api.mail;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.tenant.TenantId;

/** One of the tenant's aliases, answered with an optional {@link MailAliasView}; another tenant's is absent. */
public record FindMailAliasQuery(TenantId tenantId, MailAddress address) {
}
