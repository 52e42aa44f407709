package eu.dezky.platform.web.tenant;

import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.tenant.TenantView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A tenant as the portal receives it; {@code status}: ACTIVE, SUSPENDED, OFFBOARDING or OFFBOARDED. */
@Schema(name = "Tenant")
record TenantResponse(String slug, String displayName, String partnerId, List<Admin> admins, Instant createdAt,
                      String primaryMailDomain, TenantStatus status) {

    record Admin(String subject, String email) {
    }

    static TenantResponse of(TenantView view) {
        return new TenantResponse(view.slug(), view.displayName(),
                view.partnerId() == null ? null : view.partnerId().value(),
                view.admins().stream().map(a -> new Admin(a.subject(), a.email().value())).toList(),
                view.createdAt(), view.primaryMailDomain() == null ? null : view.primaryMailDomain().value(),
                view.status());
    }
}
