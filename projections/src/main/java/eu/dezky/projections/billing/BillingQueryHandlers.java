package eu.dezky.projections.billing;

import eu.dezky.api.billing.FindMrrQuery;
import eu.dezky.api.billing.FindTenantBillingQuery;
import eu.dezky.api.billing.FindTenantBillingsQuery;
import eu.dezky.api.billing.MrrReport;
import eu.dezky.api.billing.TenantBillingList;
import eu.dezky.api.billing.TenantBillingView;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Answers the billing queries from {@link TenantBillingProjection}'s collections. MRR is asked for past days and today;
 * days after today (on the clock that stamps events) are left out, since nobody knows them yet.
 */
@Component
public class BillingQueryHandlers {

    private final MongoTemplate mongo;
    private final BillingReads reads;

    public BillingQueryHandlers(MongoTemplate mongo) {
        this.mongo = mongo;
        this.reads = new BillingReads(mongo);
    }

    /** Answers null for an unknown tenant; callers ask with an optional response type. */
    @QueryHandler
    TenantBillingView handle(FindTenantBillingQuery query) {
        List<TenantBillingView> found = reads.views(List.of(query.tenantId().slug()));
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryHandler
    TenantBillingList handle(FindTenantBillingsQuery query) {
        return new TenantBillingList(reads.views(query.tenants().stream().map(TenantId::slug).toList()));
    }

    /** Full scan of the change points before the range's end on the embedded server; an index on partner elsewhere. */
    @QueryHandler
    MrrReport handle(FindMrrQuery query) {
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
        LocalDate to = query.to().isAfter(today) ? today : query.to();
        if (to.isBefore(query.from())) {
            return new MrrReport(List.of());
        }
        Criteria criteria = Criteria.where("at").lt(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (query.partner() != null) {
            criteria = criteria.and("partner").is(query.partner().value());
        }
        return new MrrReport(MrrHistory.days(mongo.find(Query.query(criteria), MrrChangeDocument.class),
                query.from(), to));
    }
}
