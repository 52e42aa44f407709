package eu.dezky.projections.tenant;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.tenant.TenantAdmin;
import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.tenant.TenantView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One tenant in the {@code tenants} collection, keyed by slug so every lookup is an exact id match; a null status
 * (a document written before tenants had one) reads as ACTIVE.
 */
@Document("tenants")
record TenantDocument(@Id String slug, String displayName, String partnerId, List<AdminEntry> admins,
                      Instant createdAt, String primaryMailDomain, TenantStatus status) {

    /** An admin as stored; e-mail kept as a plain string so the document needs no custom converters. */
    record AdminEntry(String subject, String email) {
    }

    /** A PATCH's new display name and admins; null keeps the value. */
    TenantDocument withDetails(String newName, List<AdminEntry> newAdmins) {
        return new TenantDocument(slug, newName == null ? displayName : newName, partnerId,
                newAdmins == null ? admins : newAdmins, createdAt, primaryMailDomain, status);
    }

    TenantDocument withPrimaryMailDomain(String domain) {
        return new TenantDocument(slug, displayName, partnerId, admins, createdAt, domain, status);
    }

    TenantDocument withStatus(TenantStatus changed) {
        return new TenantDocument(slug, displayName, partnerId, admins, createdAt, primaryMailDomain, changed);
    }

    TenantView toView() {
        return new TenantView(slug, displayName,
                partnerId == null ? null : new PartnerId(partnerId),
                admins.stream().map(a -> new TenantAdmin(a.subject(), new EmailAddress(a.email()))).toList(),
                createdAt, primaryMailDomain == null ? null : new DomainName(primaryMailDomain), status);
    }
}
