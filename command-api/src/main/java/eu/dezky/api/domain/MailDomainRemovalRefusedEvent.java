package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.util.List;

/**
 * Removal refused: {@code blockers} say what still uses the domain (ours and the mail server's linked objects). When
 * the removal was a takeover's release, {@code takeoverOperationId} is the claimant's takeover operation, which fails
 * with it; null otherwise (and in events stored before the field existed).
 */
public record MailDomainRemovalRefusedEvent(DomainName domain, TenantId tenantId, List<String> blockers,
                                            DomainStatus restoredStatus, String operationId,
                                            String takeoverOperationId) implements TenantScoped {
}
