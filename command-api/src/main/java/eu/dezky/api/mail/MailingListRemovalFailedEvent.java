package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The list may still be in the mail server; its address stays claimed until a later removal succeeds. */
public record MailingListRemovalFailedEvent(MailingListId id, TenantId tenantId, String reason, String operationId) implements TenantScoped {
}
