package eu.dezky.projections.mail;

import java.util.Map;
import java.util.List;
import eu.dezky.projections.readmodel.page.Pages;
import eu.dezky.projections.readmodel.page.ListShape;
import eu.dezky.api.mail.MailingListPage;
import eu.dezky.api.mail.FindMailingListPageQuery;
import eu.dezky.api.mail.FindMailingListQuery;
import eu.dezky.api.mail.FindMailingListsQuery;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListList;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovalRequestedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.MailingListStepRecordedEvent;
import eu.dezky.api.mail.MailingListView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code mailing_lists} collection, the same way {@link MailAliasProjection} keeps aliases. A change shows
 * its new name and recipients while it is applied, and the restored ones if it failed.
 */
@Component
@ProcessingGroup(MailingListProjection.PROCESSING_GROUP)
public class MailingListProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "mailing-list-views";

    /** Sorted by creation (default), address, name or status; the text query searches the address and the name. */
    static final ListShape SHAPE = new ListShape(Map.of("createdAt", "createdAt", "address", "_id", "name", "name",
            "status", "status"), "createdAt", List.of("_id", "name"));

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    public MailingListProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(MailingListCreatedEvent event, @Timestamp Instant occurredAt) {
        emit(mongo.save(new MailingListDocument(event.id().address().value(), event.tenantId().slug(), event.name(),
                event.recipients().addresses(), MailObjectStatus.PROVISIONING, null, MailStep.pending(), occurredAt)));
    }

    @EventHandler
    void on(MailingListChangedEvent event) {
        change(event.id().address().value(), document -> document.with(event.name(), event.recipients().addresses())
                .with(MailObjectStatus.UPDATING, null).with(MailStep.pending()));
    }

    @EventHandler
    void on(MailingListStepRecordedEvent event) {
        change(event.id().address().value(), document -> document.with(event.step()));
    }

    @EventHandler
    void on(MailingListProvisionedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.ACTIVE, null));
    }

    @EventHandler
    void on(MailingListProvisioningFailedEvent event) {
        change(event.id().address().value(), document -> document.with(
                event.leftover() ? MailObjectStatus.NEEDS_ATTENTION : MailObjectStatus.FAILED, event.reason()));
    }

    @EventHandler
    void on(MailingListChangeFailedEvent event) {
        change(event.id().address().value(), document -> document.with(event.name(), event.recipients().addresses())
                .with(event.leftover() ? MailObjectStatus.NEEDS_ATTENTION : MailObjectStatus.ACTIVE, event.reason()));
    }

    @EventHandler
    void on(MailingListRemovalRequestedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.REMOVING, null)
                .with(MailStep.pending()));
    }

    @EventHandler
    void on(MailingListRemovedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.REMOVED, null));
    }

    @EventHandler
    void on(MailingListRemovalFailedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.NEEDS_ATTENTION,
                event.reason()));
    }

    /** Answers null for an unknown list or another tenant's; callers ask with an optional response type. */
    @QueryHandler
    MailingListView handle(FindMailingListQuery query) {
        MailingListDocument document = mongo.findById(query.address().value(), MailingListDocument.class);
        return document == null || !document.tenant().equals(query.tenantId().slug()) ? null : document.toView();
    }

    @QueryHandler
    MailingListList handle(FindMailingListsQuery query) {
        return new MailingListList(mongo.find(Query.query(Criteria.where("tenant").is(query.tenantId().slug()))
                        .with(Sort.by("createdAt", "_id")), MailingListDocument.class)
                .stream().map(MailingListDocument::toView).toList());
    }

    @QueryHandler
    MailingListPage handle(FindMailingListPageQuery query) {
        Pages.Window<MailingListDocument> page = Pages.find(mongo, MailingListDocument.class,
                Criteria.where("tenant").is(query.tenantId().slug()), query.page(), SHAPE);
        return new MailingListPage(page.items().stream().map(MailingListDocument::toView).toList(), page.total(),
                page.nextCursor());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MailingListDocument.class);
    }

    private void change(String address, UnaryOperator<MailingListDocument> change) {
        MailingListDocument document = mongo.findById(address, MailingListDocument.class);
        if (document != null) {
            emit(mongo.save(change.apply(document)));
        }
    }

    private void emit(MailingListDocument document) {
        MailingListView view = document.toView();
        updates.emit(FindMailingListQuery.class, query -> query.address().value().equals(document.address())
                && query.tenantId().slug().equals(document.tenant()), view);
    }
}
