package eu.dezky.platform.web.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.billing.TenantBillingView;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantDirectoryEntry;

import java.time.Instant;
import java.util.List;

/**
 * A customer tenant as the partner and operator lists show it: who serves it, its status and plan, seats (members
 * ACTIVE or SUSPENDED), members (all but removed), MRR in minor units of the plan's currency, its mail domains and
 * those needing attention, the integrations whose latest reconciliation found drift or could not read them, and
 * whether anything of these needs attention.
 */
@Schema(name = "TenantSummary")
public record TenantSummary(String slug, String displayName, String partnerId, String status, Instant createdAt,
                            Plan plan, int seats, int members, long mrrMinor, String currency, int domains,
                            List<String> domainsNeedingAttention, List<String> integrationsNeedingAttention,
                            boolean needsAttention) {

    /** A plan as the portal shows it; the same shape as the body of {@code PUT …/subscription}. */
    @Schema(name = "TenantPlan")
    public record Plan(String plan, long pricePerSeatMinor, String currency) {

        public static Plan of(Subscription subscription) {
            return subscription == null ? null
                    : new Plan(subscription.plan(), subscription.pricePerSeatMinor(), subscription.currency());
        }
    }

    /** {@code billing} may be null while the billing read model has not seen the tenant yet. */
    public static TenantSummary of(TenantDirectoryEntry entry, TenantBillingView billing) {
        Subscription subscription = billing == null ? null : billing.subscription();
        return new TenantSummary(entry.slug(), entry.displayName(), entry.partnerId(), entry.status().name(),
                entry.createdAt(), Plan.of(subscription), billing == null ? 0 : billing.seats(),
                billing == null ? 0 : billing.members(), billing == null ? 0 : billing.mrrMinor(),
                subscription == null ? null : subscription.currency(), entry.domainCount(),
                entry.domainsNeedingAttention(), entry.integrationsNeedingAttention(),
                !entry.domainsNeedingAttention().isEmpty() || !entry.integrationsNeedingAttention().isEmpty());
    }
}
