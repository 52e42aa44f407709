package eu.dezky.projections.partner;

import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.tenant.TenantDirectoryEntry;
import eu.dezky.api.tenant.TenantStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One tenant in the {@code tenant_directory} collection, keyed by slug. Domains are a list of entries rather than a
 * map: a domain name's dots cannot be a MongoDB field name.
 */
@Document("tenant_directory")
record TenantDirectoryDocument(@Id String slug, String displayName, String partner, TenantStatus status,
                               Instant createdAt, List<String> admins, List<Domain> domains,
                               List<String> integrationsNeedingAttention) {

    /** A mail domain of the tenant and its status. */
    record Domain(String name, DomainStatus status) {
    }

    TenantDirectoryDocument withDomain(String name, DomainStatus status) {
        List<Domain> changed = new ArrayList<>(withoutDomain(name).domains());
        changed.add(new Domain(name, status));
        changed.sort(Comparator.comparing(Domain::name));
        return new TenantDirectoryDocument(slug, displayName, partner, this.status, createdAt, admins, changed,
                integrationsNeedingAttention);
    }

    TenantDirectoryDocument withoutDomain(String name) {
        return new TenantDirectoryDocument(slug, displayName, partner, status, createdAt, admins,
                domains.stream().filter(d -> !d.name().equals(name)).toList(), integrationsNeedingAttention);
    }

    /** The integrations the latest reconciliation found drifted or could not read. */
    TenantDirectoryDocument withIntegrationsNeedingAttention(List<String> integrations) {
        return new TenantDirectoryDocument(slug, displayName, partner, status, createdAt, admins, domains,
                List.copyOf(integrations));
    }

    TenantDirectoryDocument withStatus(TenantStatus changed) {
        return new TenantDirectoryDocument(slug, displayName, partner, changed, createdAt, admins, domains,
                integrationsNeedingAttention);
    }

    boolean hasDomain(String name) {
        return domains.stream().anyMatch(d -> d.name().equals(name));
    }

    /** A domain whose registration failed for good needs the admin as much as one whose records went wrong. */
    TenantDirectoryEntry toEntry() {
        return new TenantDirectoryEntry(slug, displayName, partner, status, createdAt, admins, domains.size(),
                domains.stream().filter(d -> d.status() == DomainStatus.NEEDS_ATTENTION || d.status() == DomainStatus.FAILED)
                        .map(Domain::name).toList(),
                integrationsNeedingAttention == null ? List.of() : integrationsNeedingAttention);
    }
}
