package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.domain.DomainName;

/** Mailboxes of new members are created on this domain from now on; null when the tenant has none left. */
public record PrimaryMailDomainChangedEvent(TenantId tenantId, DomainName primary) implements TenantScoped {
}
