package eu.dezky.api.tenant;

import eu.dezky.api.common.PartnerId;
import eu.dezky.api.domain.DomainName;

import java.time.Instant;
import java.util.List;

/**
 * The portal's view of a tenant, served from the read model. {@code primaryMailDomain} is where new members'
 * mailboxes go; null while the tenant has none. {@code status}: see {@link TenantStatus}.
 */
public record TenantView(String slug, String displayName, PartnerId partnerId, List<TenantAdmin> admins,
                         Instant createdAt, DomainName primaryMailDomain, TenantStatus status) {

    public TenantView {
        status = status == null ? TenantStatus.ACTIVE : status;
    }

    /** True when {@code subject} is one of the tenant's admins. */
    public boolean hasAdmin(String subject) {
        return admins.stream().anyMatch(admin -> admin.subject().equals(subject));
    }
}
