package eu.dezky.projections.partner;

import eu.dezky.api.partner.FindPartnerQuery;
import eu.dezky.api.partner.FindPartnersQuery;
import eu.dezky.api.partner.PartnerCreatedEvent;
import eu.dezky.api.partner.PartnerList;
import eu.dezky.api.partner.PartnerStaffAddedEvent;
import eu.dezky.api.partner.PartnerStaffRemovedEvent;
import eu.dezky.api.partner.PartnerView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code partners} collection. The access policy reads a partner's staff here on every partner request,
 * so a removal counts as soon as this projection has handled it (the HTTP route that removes staff waits for that).
 * Whole-document saves keyed by partner id: a replay converges.
 */
@Component
@ProcessingGroup(PartnerProjection.PROCESSING_GROUP)
public class PartnerProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "partner-views";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    public PartnerProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(PartnerCreatedEvent event, @Timestamp Instant occurredAt) {
        emit(mongo.save(new PartnerDocument(event.partnerId().value(), event.name(), event.billingEmail().value(),
                occurredAt, List.of())));
    }

    @EventHandler
    void on(PartnerStaffAddedEvent event, @Timestamp Instant occurredAt) {
        change(event.partnerId().value(), partner -> partner.withStaff(new PartnerDocument.Staff(
                event.subject().value(), event.email().value(), event.role(), occurredAt)));
    }

    @EventHandler
    void on(PartnerStaffRemovedEvent event) {
        change(event.partnerId().value(), partner -> partner.withoutStaff(event.subject().value()));
    }

    /** Answers null for an unknown partner; callers ask with an optional response type. */
    @QueryHandler
    PartnerView handle(FindPartnerQuery query) {
        PartnerDocument document = mongo.findById(query.partnerId().value(), PartnerDocument.class);
        return document == null ? null : document.toView();
    }

    @QueryHandler
    PartnerList handle(FindPartnersQuery query) {
        return new PartnerList(mongo.find(new Query().with(Sort.by("name", "_id")), PartnerDocument.class).stream()
                .map(PartnerDocument::toView).toList());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PartnerDocument.class);
    }

    private void change(String id, UnaryOperator<PartnerDocument> change) {
        PartnerDocument document = mongo.findById(id, PartnerDocument.class);
        if (document != null) {
            emit(mongo.save(change.apply(document)));
        }
    }

    /** Lets an HTTP caller waiting on a subscription query answer as soon as the view shows its change. */
    private void emit(PartnerDocument document) {
        updates.emit(FindPartnerQuery.class, query -> query.partnerId().value().equals(document.id()), document.toView());
    }
}
