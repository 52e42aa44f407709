package eu.dezky.api.claim;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * The address now belongs to {@code claimant} in {@code tenantId}. {@code provisional}: the claim releases itself
 * unless confirmed in time (events stored before the field existed read as false: a plain claim).
 */
public record MailAddressClaimedEvent(MailAddress address, TenantId tenantId, String claimant, boolean provisional)
        implements TenantScoped {

    /** A claim that holds until released. */
    public MailAddressClaimedEvent(MailAddress address, TenantId tenantId, String claimant) {
        this(address, tenantId, claimant, false);
    }
}
