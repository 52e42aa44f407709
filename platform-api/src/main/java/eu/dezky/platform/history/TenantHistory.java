package eu.dezky.platform.history;

import eu.dezky.api.audit.FindTenantEventsQuery;
import eu.dezky.api.audit.TenantEvents;
import eu.dezky.api.domain.FindMailDomainsQuery;
import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.mail.FindMailAliasesQuery;
import eu.dezky.api.mail.FindMailingListsQuery;
import eu.dezky.api.mail.MailAliasList;
import eu.dezky.api.mail.MailingListList;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.readmodel.ProjectionCatalog;
import eu.dezky.projections.domain.MailDomainProjection;
import eu.dezky.projections.mail.MailAliasProjection;
import eu.dezky.projections.mail.MailingListProjection;
import eu.dezky.projections.member.MemberProjection;
import eu.dezky.projections.readmodel.ReadModelTemplate;
import eu.dezky.projections.readmodel.WriteBatch;
import eu.dezky.projections.tenant.TenantProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Computes a tenant at a past instant with the code that keeps the live read models: the tenant's events up to then
 * (found through the audit trail, read from the event store) run through fresh instances of the tenant, domain,
 * member, alias and list projections over a throwaway database, and the projections' own query handlers answer.
 * No second implementation of any read model exists.
 */
@Component
public class TenantHistory {

    /** The read models a snapshot shows. */
    static final List<String> GROUPS = List.of(TenantProjection.PROCESSING_GROUP, MailDomainProjection.PROCESSING_GROUP,
            MemberProjection.PROCESSING_GROUP, MailAliasProjection.PROCESSING_GROUP,
            MailingListProjection.PROCESSING_GROUP);

    private final QueryGateway queries;
    private final TenantEventLoader events;
    private final ProjectionCatalog catalog;
    private final ScratchDatabases scratch;
    private final MongoConverter converter;

    public TenantHistory(QueryGateway queries, TenantEventLoader events, ProjectionCatalog catalog,
                         ScratchDatabases scratch, MongoConverter converter) {
        this.queries = queries;
        this.events = events;
        this.catalog = catalog;
        this.scratch = scratch;
        this.converter = converter;
    }

    /** The tenant at {@code at}; empty when it did not exist yet. */
    public Optional<TenantSnapshot> at(TenantId tenant, Instant at) {
        events.awaitAuditTrail();
        List<TenantEvents.Ref> refs = queries.query(new FindTenantEventsQuery(tenant, at),
                ResponseTypes.instanceOf(TenantEvents.class)).join().events();
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        List<? extends EventMessage<?>> history = events.load(refs);
        try (ScratchDatabases.Scratch database = scratch.open()) {
            ReadModelTemplate template = ReadModelTemplate.forNewCollections(database.factory(), converter,
                    UnaryOperator.identity());
            List<Object> projections = GROUPS.stream()
                    .flatMap(group -> catalog.newInstances(group, template).stream()).toList();
            replay(history, projections, template);
            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            projections.forEach(projection -> catalog.queryHandlers(projection).subscribe(bus));
            TenantView view = ask(bus, new FindTenantQuery(tenant), TenantView.class);
            return view == null ? Optional.empty() : Optional.of(new TenantSnapshot(at, history.size(), view,
                    ask(bus, new FindMembersQuery(tenant), MemberList.class),
                    ask(bus, new FindMailDomainsQuery(tenant), MailDomainList.class),
                    ask(bus, new FindMailAliasesQuery(tenant), MailAliasList.class),
                    ask(bus, new FindMailingListsQuery(tenant), MailingListList.class)));
        }
    }

    /** All events in one write batch: the scratch database sees a bulk write per collection at the end. */
    private void replay(List<? extends EventMessage<?>> history, List<Object> projections, ReadModelTemplate template) {
        List<AnnotationEventHandlerAdapter> handlers = projections.stream().map(catalog::eventHandlers).toList();
        try (WriteBatch batch = template.begin()) {
            for (EventMessage<?> event : history) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(event)) {
                        handler.handle(event);
                    }
                }
            }
            batch.commit();
        } catch (Exception e) {
            throw new IllegalStateException("replaying the tenant's events failed", e);
        }
    }

    private static <R> R ask(SimpleQueryBus bus, Object query, Class<R> type) {
        return bus.query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(type))).join().getPayload();
    }
}
