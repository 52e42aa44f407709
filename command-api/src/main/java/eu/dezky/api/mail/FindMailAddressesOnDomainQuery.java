package eu.dezky.api.mail;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.tenant.TenantId;

/**
 * The tenant's aliases and lists still in use on {@code domain}, answered with a {@link MailAddressesOnDomain}:
 * they block the domain's removal.
 */
public record FindMailAddressesOnDomainQuery(TenantId tenantId, DomainName domain) {
}
