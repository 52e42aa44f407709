package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** Registering the domain in the mail server failed for good; the domain is FAILED and can be removed. */
public record MailDomainProvisioningFailedEvent(DomainName domain, TenantId tenantId, String reason, String operationId) implements TenantScoped {
}
