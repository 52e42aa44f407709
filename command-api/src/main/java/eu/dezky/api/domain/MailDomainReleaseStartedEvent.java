package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * The domain is being taken from {@code tenantId} ({@code reason}): its mailboxes, aliases and lists are removed,
 * then the domain itself. {@code claimant}, {@code claimToken} and {@code takeoverOperationId} are set for a takeover:
 * the domain is added to the claimant afterwards. {@code setupRunning}: the set-up still ran when the release began.
 */
public record MailDomainReleaseStartedEvent(DomainName domain, TenantId tenantId, MailDomainReleaseReason reason,
                                            TenantId claimant, String claimToken, String operationId,
                                            String takeoverOperationId, boolean setupRunning) implements TenantScoped {
}
