package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * The holder gave the domain up, but it could not be added to the claimant ({@code tenantId}): the claimant's takeover
 * operation fails with {@code reason}, and the claimant may add the domain again. The domain's own state is unchanged.
 */
public record MailDomainTakeoverAbandonedEvent(DomainName domain, TenantId tenantId, String takeoverOperationId,
                                               String reason) implements TenantScoped {
}
