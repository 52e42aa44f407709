package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The list is gone and its address free again. */
public record MailingListRemovedEvent(MailingListId id, TenantId tenantId, String operationId) implements TenantScoped {
}
