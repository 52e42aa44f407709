package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * The list's name and recipients are being replaced in the mail server; the previous ones are kept so a change that
 * fails for good can be rolled back.
 */
public record MailingListChangedEvent(MailingListId id, TenantId tenantId, String name, Recipients recipients,
                                      String previousName, Recipients previousRecipients, String operationId) implements TenantScoped {
}
