package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** A tenant claimed a mail domain; registration in the mail server follows. */
public record MailDomainAddedEvent(DomainName domain, TenantId tenantId, String ownershipToken, DmarcPolicy dmarc, String operationId)
        implements TenantScoped {
}
