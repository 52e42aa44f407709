package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The address now belongs to {@code claimant} in {@code tenantId}. */
public record MailAddressClaimedEvent(MailAddress address, TenantId tenantId, String claimant) implements TenantScoped {
}
