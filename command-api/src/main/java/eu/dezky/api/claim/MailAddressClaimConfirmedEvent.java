package eu.dezky.api.claim;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** A provisional claim was confirmed: it no longer releases itself. */
public record MailAddressClaimConfirmedEvent(MailAddress address, TenantId tenantId, String claimant)
        implements TenantScoped {
}
