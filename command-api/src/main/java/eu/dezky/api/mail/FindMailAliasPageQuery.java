package eu.dezky.api.mail;

import eu.dezky.api.common.PageRequest;
import eu.dezky.api.tenant.TenantId;

/** A page of the tenant's aliases, answered with a {@link MailAliasPage}. */
public record FindMailAliasPageQuery(TenantId tenantId, PageRequest page) {
}
