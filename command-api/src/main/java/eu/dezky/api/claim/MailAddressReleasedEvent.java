package eu.dezky.api.claim;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The address is free to be claimed again, from any tenant. */
public record MailAddressReleasedEvent(MailAddress address, TenantId tenantId, String claimant) implements TenantScoped {
}
