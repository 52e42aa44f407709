package eu.dezky.api.tenant;

import eu.dezky.api.common.PartnerId;

import java.time.Instant;
import java.util.List;

/** The portal's view of a tenant, served from the read model. */
public record TenantView(String slug, String displayName, PartnerId partnerId, List<TenantAdmin> admins,
                         Instant createdAt) {

    /** True when {@code subject} is one of the tenant's admins. */
    public boolean hasAdmin(String subject) {
        return admins.stream().anyMatch(admin -> admin.subject().equals(subject));
    }
}
