package eu.dezky.api.claim;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** {@code claimant} in {@code tenantId} shares the address (and its mailbox) with {@code via} and any other holder. */
public record MailAddressJoinedEvent(MailAddress address, TenantId tenantId, String claimant, String via)
        implements TenantScoped {
}
