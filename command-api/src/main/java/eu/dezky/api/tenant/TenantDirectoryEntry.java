package eu.dezky.api.tenant;

import java.time.Instant;
import java.util.List;

/**
 * A tenant in the directory operators and partners browse: who serves it, its status, who owns it, its mail domains
 * and the domains that need attention (NEEDS_ATTENTION or FAILED).
 */
public record TenantDirectoryEntry(String slug, String displayName, String partnerId, TenantStatus status,
                                   Instant createdAt, List<String> adminSubjects, int domainCount,
                                   List<String> domainsNeedingAttention) {

    public TenantDirectoryEntry {
        adminSubjects = List.copyOf(adminSubjects);
        domainsNeedingAttention = List.copyOf(domainsNeedingAttention);
    }
}
