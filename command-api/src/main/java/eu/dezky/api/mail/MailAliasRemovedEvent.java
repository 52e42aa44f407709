package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The alias is gone; {@code reason} says why when it was not an admin's removal. */
public record MailAliasRemovedEvent(MailAliasId id, TenantId tenantId, String reason, String operationId) implements TenantScoped {
}
