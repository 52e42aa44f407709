package eu.dezky.platform.web.me;

import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.member.FindMembershipsQuery;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.partner.PartnerView;
import eu.dezky.api.tenant.FindTenantDirectoryEntriesQuery;
import eu.dezky.api.tenant.TenantDirectoryEntry;
import eu.dezky.api.tenant.TenantDirectoryPage;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.security.MemberRecognition;
import eu.dezky.platform.web.partner.TenantSummaries;
import eu.dezky.platform.web.partner.TenantSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenants a caller reaches, by the same rules as the tenant access policy: a customer admin those that list them
 * as admin ({@code tenant-admin}) and those where they are an ACTIVE member with role admin ({@code admin-member});
 * partner staff every customer of their partner ({@code partner-staff}, with their staff role).
 */
@Component
class ReachableTenants {

    private final QueryGateway queries;
    private final TenantSummaries summaries;

    ReachableTenants(QueryGateway queries, TenantSummaries summaries) {
        this.queries = queries;
        this.summaries = summaries;
    }

    /** A tenant the caller reaches: their role there, how they reach it, and its subscription (null: no plan yet). */
    @Schema(name = "MeTenant")
    record Tenant(String slug, String displayName, String role, String via, Subscription subscription) {

        static Tenant of(TenantSummary summary, String role, String via) {
            TenantSummary.Plan plan = summary.plan();
            return new Tenant(summary.slug(), summary.displayName(), role, via, plan == null ? null
                    : new Subscription(plan.plan(), plan.pricePerSeatMinor(), plan.currency(), summary.seats(),
                    summary.mrrMinor()));
        }
    }

    /** A tenant's plan with its seats and MRR now, in minor units. */
    @Schema(name = "MeSubscription")
    record Subscription(String plan, long pricePerSeatMinor, String currency, int seats, long mrrMinor) {
    }

    List<Tenant> asPartnerStaff(PartnerView partner, Caller caller) {
        String role = partner.staffMember(caller.subject()).orElseThrow().role().wireName();
        return summaries.ofPartner(caller.partnerId()).stream()
                .map(summary -> Tenant.of(summary, role, "partner-staff")).toList();
    }

    List<Tenant> asAdmin(Caller caller) {
        Map<String, Tenant> reached = new LinkedHashMap<>();
        summaries.administeredBy(caller.subject())
                .forEach(summary -> reached.put(summary.slug(), Tenant.of(summary, "admin", "tenant-admin")));
        List<String> memberships = queries.query(new FindMembershipsQuery(caller.subject(), caller.email()),
                        ResponseTypes.instanceOf(MemberList.class)).join().members().stream()
                .filter(member -> member.role() == MemberRole.ADMIN && member.status() == MemberStatus.ACTIVE)
                .filter(member -> MemberRecognition.isCaller(caller, member))
                .map(MemberView::tenant)
                .filter(slug -> !reached.containsKey(slug))
                .distinct().toList();
        List<TenantDirectoryEntry> entries = memberships.isEmpty() ? List.of() : queries.query(
                new FindTenantDirectoryEntriesQuery(memberships.stream().map(TenantId::new).toList()),
                ResponseTypes.instanceOf(TenantDirectoryPage.class)).join().tenants();
        summaries.of(entries).forEach(summary -> reached.put(summary.slug(), Tenant.of(summary, "admin", "admin-member")));
        return List.copyOf(reached.values());
    }
}
