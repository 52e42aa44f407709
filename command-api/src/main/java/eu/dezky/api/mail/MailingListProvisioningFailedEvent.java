package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** Creating the list failed for good; without {@code leftover} nothing is left behind and the address is free. */
public record MailingListProvisioningFailedEvent(MailingListId id, TenantId tenantId, String reason, boolean leftover, String operationId)
        implements TenantScoped {
}
