package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The list is being removed from the mail server. */
public record MailingListRemovalRequestedEvent(MailingListId id, TenantId tenantId, String operationId) implements TenantScoped {
}
