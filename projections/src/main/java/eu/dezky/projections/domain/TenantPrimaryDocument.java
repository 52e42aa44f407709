package eu.dezky.projections.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's primary mail domain, keyed by slug, written only by the tenant's events. Kept apart from the domain
 * documents because those are written by the domains' events, which are handled in parallel with the tenant's;
 * the flag is joined in when a view is read, so neither side can overwrite the other.
 */
@Document("mail_domain_primaries")
record TenantPrimaryDocument(@Id String tenant, String domain) {
}
