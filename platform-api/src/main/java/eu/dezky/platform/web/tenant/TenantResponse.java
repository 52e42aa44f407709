package eu.dezky.platform.web.tenant;

import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.reconcile.IntegrationStatus;
import eu.dezky.api.reconcile.ReconciliationView;
import eu.dezky.api.reconcile.Situation;
import eu.dezky.api.tenant.TenantView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant as the portal receives it. {@code provisioningStatus} is each integration's status in the latest
 * reconciliation ({@code ok}, {@code drift}, {@code error}; empty before the first), {@code provisioningErrors} per
 * integration what made it so: the reason it could not be read, or each object that drifted (foreign objects are
 * reported by the reconciliation itself and are no error of ours). {@code status}: ACTIVE, SUSPENDED, OFFBOARDING or
 * OFFBOARDED.
 */
@Schema(name = "Tenant")
record TenantResponse(String slug, String displayName, String partnerId, List<Admin> admins, Instant createdAt,
                      String primaryMailDomain, Map<String, String> provisioningStatus,
                      Map<String, List<String>> provisioningErrors, TenantStatus status) {

    record Admin(String subject, String email) {
    }

    static TenantResponse of(TenantView view) {
        return of(view, Optional.empty());
    }

    static TenantResponse of(TenantView view, Optional<ReconciliationView> reconciled) {
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        reconciled.ifPresent(r -> r.integrations().forEach(i -> {
            status.put(i.integration(), i.status().name().toLowerCase(Locale.ROOT));
            List<String> problems = new ArrayList<>();
            if (i.reason() != null && i.status() == IntegrationStatus.ERROR) {
                problems.add(i.reason());
            }
            i.differences().stream().filter(d -> d.situation() != Situation.FOREIGN)
                    .forEach(d -> problems.add(d.describe()));
            errors.put(i.integration(), problems);
        }));
        return new TenantResponse(view.slug(), view.displayName(),
                view.partnerId() == null ? null : view.partnerId().value(),
                view.admins().stream().map(a -> new Admin(a.subject(), a.email().value())).toList(),
                view.createdAt(), view.primaryMailDomain() == null ? null : view.primaryMailDomain().value(),
                status, errors, view.status());
    }
}
