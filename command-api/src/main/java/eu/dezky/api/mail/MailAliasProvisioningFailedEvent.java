package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The alias could not be provisioned; {@code leftover} as in {@link RecordMailAliasProvisioningFailedCommand}. */
public record MailAliasProvisioningFailedEvent(MailAliasId id, TenantId tenantId, String reason, boolean leftover, String operationId)
        implements TenantScoped {
}
