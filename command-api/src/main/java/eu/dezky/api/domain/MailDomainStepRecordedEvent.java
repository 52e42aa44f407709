package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.tenant.TenantId;

/** Progress of the domain's set-up or removal in the mail server. */
public record MailDomainStepRecordedEvent(DomainName domain, TenantId tenantId, MailStep step, String operationId)
        implements TenantScoped {
}
