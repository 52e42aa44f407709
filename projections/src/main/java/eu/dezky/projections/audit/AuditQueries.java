package eu.dezky.projections.audit;

import eu.dezky.api.audit.AuditEntryView;
import eu.dezky.api.audit.AuditFilter;
import eu.dezky.api.audit.AuditPage;
import eu.dezky.api.audit.FindAuditEntriesQuery;
import eu.dezky.api.audit.FindAuditTrailQuery;
import eu.dezky.api.audit.FindTenantEventsQuery;
import eu.dezky.api.audit.TenantEvents;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the audit trail: pages newest first (cursor = an entry's sequence), the whole selection as a stream fetched
 * page by page while it is read (so an export never holds it all), and a tenant's events for its history.
 */
@Component
public class AuditQueries {

    /** Entries fetched per round trip while a selection is streamed. */
    static final int STREAM_PAGE = 500;

    private final MongoTemplate mongo;

    public AuditQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    AuditPage handle(FindAuditEntriesQuery query) {
        List<AuditEntryView> found = page(query.filter(), query.before(), query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new AuditPage(found, null);
        }
        List<AuditEntryView> entries = found.subList(0, query.limit());
        return new AuditPage(List.copyOf(entries), entries.get(entries.size() - 1).sequence());
    }

    @QueryHandler
    Stream<AuditEntryView> handle(FindAuditTrailQuery query) {
        return StreamSupport.stream(new Pages(query.filter()), false);
    }

    @QueryHandler
    TenantEvents handle(FindTenantEventsQuery query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenantId().slug())
                .and("time").lte(query.until()).and("aggregateId").ne(null);
        Query selection = Query.query(criteria).with(Sort.by("sequence"));
        selection.fields().include("sequence", "aggregateId");
        return new TenantEvents(mongo.find(selection, AuditEntryDocument.class).stream()
                .map(e -> new TenantEvents.Ref(e.id(), e.aggregateId(), e.sequence())).toList());
    }

    private List<AuditEntryView> page(AuditFilter filter, Long before, int limit) {
        Query query = Query.query(criteria(filter, before)).with(Sort.by(Sort.Direction.DESC, "sequence")).limit(limit);
        return mongo.find(query, AuditEntryDocument.class).stream().map(AuditEntryDocument::toView).toList();
    }

    private static Criteria criteria(AuditFilter filter, Long before) {
        List<Criteria> all = new ArrayList<>();
        if (filter.tenant() != null) {
            all.add(Criteria.where("tenant").is(filter.tenant().slug()));
        }
        if (filter.from() != null) {
            all.add(Criteria.where("time").gte(filter.from()));
        }
        if (filter.to() != null) {
            all.add(Criteria.where("time").lte(filter.to()));
        }
        if (!filter.types().isEmpty()) {
            all.add(Criteria.where("type").in(filter.types()));
        }
        if (filter.actor() != null) {
            all.add(new Criteria().orOperator(Criteria.where("actorSubject").is(filter.actor()),
                    Criteria.where("actorEmail").is(filter.actor())));
        }
        if (filter.target() != null) {
            all.add(new Criteria().orOperator(Criteria.where("targetId").is(filter.target()),
                    Criteria.where("targetLabel").is(filter.target())));
        }
        if (before != null) {
            all.add(Criteria.where("sequence").lt(before));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** The selection, one page ahead of the reader. */
    private final class Pages extends Spliterators.AbstractSpliterator<AuditEntryView> {

        private final AuditFilter filter;
        private Iterator<AuditEntryView> current = List.<AuditEntryView>of().iterator();
        private Long before;
        private boolean exhausted;

        Pages(AuditFilter filter) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.filter = filter;
        }

        @Override
        public boolean tryAdvance(Consumer<? super AuditEntryView> action) {
            if (!current.hasNext() && !exhausted) {
                List<AuditEntryView> next = page(filter, before, STREAM_PAGE);
                exhausted = next.size() < STREAM_PAGE;
                before = next.isEmpty() ? before : next.get(next.size() - 1).sequence();
                current = next.iterator();
            }
            if (!current.hasNext()) {
                return false;
            }
            action.accept(current.next());
            return true;
        }
    }
}
