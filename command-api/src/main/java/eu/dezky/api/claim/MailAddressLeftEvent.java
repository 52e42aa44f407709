package eu.dezky.api.claim;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * {@code claimant} no longer holds the address. {@code lastHolder}: nobody else does either, so its accounts are torn
 * down and the address stays taken until {@link ReleaseMailAddressCommand} frees it after the mailbox is gone;
 * otherwise another membership of the same person still uses the mailbox and it is kept.
 */
public record MailAddressLeftEvent(MailAddress address, TenantId tenantId, String claimant, boolean lastHolder)
        implements TenantScoped {
}
