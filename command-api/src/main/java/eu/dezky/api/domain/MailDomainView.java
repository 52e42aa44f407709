package eu.dezky.api.domain;

import java.time.Instant;
import java.util.List;

/**
 * A mail domain as the portal shows it: status, whether it is the tenant's primary domain, each expected record
 * with its last check result, when it was last checked and when it will be next, and why it is stuck if it is.
 * {@code ownership}: {@code proven} (its ownership record was seen), {@code lost} (seen once, gone now: the domain
 * stays the tenant's) or {@code unproven}; an unproven domain is removed at {@code expiresAt}.
 */
public record MailDomainView(String domain, String tenant, DomainStatus status, boolean primary, String mailServer,
                             List<RecordCheck> records, Instant lastCheckedAt, Instant nextCheckAt, String problem,
                             List<String> removalBlockers, String ownership, Instant expiresAt) {
}
