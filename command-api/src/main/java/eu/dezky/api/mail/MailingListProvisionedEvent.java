package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The list delivers to its current recipients. */
public record MailingListProvisionedEvent(MailingListId id, TenantId tenantId, String operationId) implements TenantScoped {
}
