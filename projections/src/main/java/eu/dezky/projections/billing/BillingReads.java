package eu.dezky.projections.billing;

import eu.dezky.api.billing.TenantBillingView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads of the billing collections shared by the projection and its query handlers. Seats and members are counted
 * from the member documents when asked, rather than kept as counters, so that no crash between two writes can leave a
 * counter off by one.
 */
final class BillingReads {

    private final MongoTemplate mongo;

    BillingReads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    int seats(String tenant) {
        return (int) members(List.of(tenant)).stream()
                .filter(member -> BillingMemberDocument.seated(member.status())).count();
    }

    /** The billing views of these tenants, in the given order; unknown tenants are left out. */
    List<TenantBillingView> views(Collection<String> slugs) {
        Map<String, List<BillingMemberDocument>> members = members(slugs).stream()
                .collect(Collectors.groupingBy(BillingMemberDocument::tenant));
        Map<String, BillingTenantDocument> tenants = mongo.find(Query.query(Criteria.where("_id").in(slugs)),
                BillingTenantDocument.class).stream().collect(Collectors.toMap(BillingTenantDocument::slug, t -> t));
        return slugs.stream().filter(tenants::containsKey).map(slug -> {
            BillingTenantDocument tenant = tenants.get(slug);
            List<BillingMemberDocument> own = members.getOrDefault(slug, List.of());
            int seats = (int) own.stream().filter(m -> BillingMemberDocument.seated(m.status())).count();
            int listed = (int) own.stream().filter(m -> BillingMemberDocument.listed(m.status())).count();
            long mrr = tenant.subscription() == null ? 0 : tenant.subscription().monthlyMinor(seats);
            return new TenantBillingView(slug, tenant.partner(), tenant.subscription(), seats, listed, mrr);
        }).toList();
    }

    private List<BillingMemberDocument> members(Collection<String> tenants) {
        return mongo.find(Query.query(Criteria.where("tenant").in(tenants)), BillingMemberDocument.class);
    }
}
