package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** Progress of the alias's current operation in the mail server. */
public record MailAliasStepRecordedEvent(MailAliasId id, TenantId tenantId, MailStep step, String operationId) implements TenantScoped {
}
