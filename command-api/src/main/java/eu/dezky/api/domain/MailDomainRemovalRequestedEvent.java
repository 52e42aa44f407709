package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** Removal started; the removal saga checks the mail server for remaining users and then removes the domain. */
public record MailDomainRemovalRequestedEvent(DomainName domain, TenantId tenantId, String stalwartDomainId, String operationId)
        implements TenantScoped {
}
