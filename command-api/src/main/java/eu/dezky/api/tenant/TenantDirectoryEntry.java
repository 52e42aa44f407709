package eu.dezky.api.tenant;

import java.time.Instant;
import java.util.List;

/**
 * A tenant in the directory operators and partners browse: who serves it, its status, who owns it, its mail domains
 * and the domains that need attention (NEEDS_ATTENTION or FAILED), and the integrations whose latest reconciliation
 * found drift or could not read them.
 */
public record TenantDirectoryEntry(String slug, String displayName, String partnerId, TenantStatus status,
                                   Instant createdAt, List<String> adminSubjects, int domainCount,
                                   List<String> domainsNeedingAttention, List<String> integrationsNeedingAttention) {

    public TenantDirectoryEntry {
        adminSubjects = List.copyOf(adminSubjects);
        domainsNeedingAttention = List.copyOf(domainsNeedingAttention);
        integrationsNeedingAttention = integrationsNeedingAttention == null ? List.of()
                : List.copyOf(integrationsNeedingAttention);
    }
}
