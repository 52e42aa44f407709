package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The list exists and is being provisioned in the mail server. */
public record MailingListCreatedEvent(MailingListId id, TenantId tenantId, String name, Recipients recipients, String operationId)
        implements TenantScoped {
}
