package eu.dezky.projections.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's primary mail domain, keyed by slug. Kept apart from the domain documents because the tenant's event
 * and the domain's events come from two aggregates: whichever arrives first, the flag ends up right.
 */
@Document("mail_domain_primaries")
record TenantPrimaryDocument(@Id String tenant, String domain) {
}
