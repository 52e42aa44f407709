package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The alias delivers to the member's mailbox. */
public record MailAliasProvisionedEvent(MailAliasId id, TenantId tenantId, String operationId) implements TenantScoped {
}
