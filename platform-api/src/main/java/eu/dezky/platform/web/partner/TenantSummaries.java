package eu.dezky.platform.web.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.billing.FindTenantBillingsQuery;
import eu.dezky.api.billing.TenantBillingList;
import eu.dezky.api.billing.TenantBillingView;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.tenant.FindTenantDirectoryQuery;
import eu.dezky.api.tenant.TenantDirectoryEntry;
import eu.dezky.api.tenant.TenantDirectoryPage;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tenant summaries: the tenant directory joined with the billing figures, two queries per page whatever its size.
 * Shared by the partner's and the operator's tenant lists and by {@code /api/me}.
 */
@Component
public class TenantSummaries {

    private final QueryGateway queries;

    public TenantSummaries(QueryGateway queries) {
        this.queries = queries;
    }

    /** One page of the directory with each tenant's figures. */
    public Page page(FindTenantDirectoryQuery query) {
        TenantDirectoryPage page = queries.query(query, ResponseTypes.instanceOf(TenantDirectoryPage.class)).join();
        return new Page(of(page.tenants()), page.nextCursor());
    }

    /** Every tenant of {@code partner}, ordered by slug. */
    public List<TenantSummary> ofPartner(PartnerId partner) {
        return all(partner, null);
    }

    /** Every tenant that lists {@code subject} among its admins, ordered by slug. */
    public List<TenantSummary> administeredBy(String subject) {
        return all(null, subject);
    }

    private List<TenantSummary> all(PartnerId partner, String adminSubject) {
        List<TenantSummary> all = new ArrayList<>();
        String after = null;
        do {
            Page page = page(new FindTenantDirectoryQuery(partner, null, adminSubject, after,
                    FindTenantDirectoryQuery.MAX_LIMIT));
            all.addAll(page.tenants());
            after = page.nextCursor();
        } while (after != null);
        return all;
    }

    /** The summaries of these directory entries, in their order. */
    public List<TenantSummary> of(List<TenantDirectoryEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, TenantBillingView> billing = queries.query(
                        new FindTenantBillingsQuery(entries.stream().map(e -> new TenantId(e.slug())).toList()),
                        ResponseTypes.instanceOf(TenantBillingList.class)).join()
                .tenants().stream().collect(Collectors.toMap(TenantBillingView::slug, Function.identity()));
        return entries.stream().map(entry -> TenantSummary.of(entry, billing.get(entry.slug()))).toList();
    }

    /** A page of summaries; {@code nextCursor} is null on the last page. */
    @Schema(name = "TenantPage")
    public record Page(List<TenantSummary> tenants, String nextCursor) {
    }
}
