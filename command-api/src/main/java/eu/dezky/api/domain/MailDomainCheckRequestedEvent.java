package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** A DNS check was asked for out of schedule; the verification saga runs it. */
public record MailDomainCheckRequestedEvent(DomainName domain, TenantId tenantId, String operationId) implements TenantScoped {
}
