package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * Changing the list failed for good; it is back to {@code name} and {@code recipients} (the state before the change),
 * in the mail server too unless {@code leftover}.
 */
public record MailingListChangeFailedEvent(MailingListId id, TenantId tenantId, String name, Recipients recipients,
                                           String reason, boolean leftover, String operationId) implements TenantScoped {
}
