package eu.dezky.api.mail;

import eu.dezky.api.tenant.TenantId;

/** The tenant's aliases, answered with a {@link MailAliasList}. */
public record FindMailAliasesQuery(TenantId tenantId) {
}
