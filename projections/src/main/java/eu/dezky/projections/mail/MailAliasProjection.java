package eu.dezky.projections.mail;

import java.util.Map;
import java.util.List;
import eu.dezky.projections.readmodel.page.Pages;
import eu.dezky.projections.readmodel.page.ListShape;
import eu.dezky.api.mail.MailAliasPage;
import eu.dezky.api.mail.FindMailAliasPageQuery;
import eu.dezky.api.mail.FindMailAliasQuery;
import eu.dezky.api.mail.FindMailAliasesQuery;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasList;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailAliasStepRecordedEvent;
import eu.dezky.api.mail.MailAliasView;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailStep;
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
 * Keeps the {@code mail_aliases} collection. An alias's events arrive in order (the processor sequences per
 * aggregate), so read-modify-write of one document is safe; writes are whole-document saves, so a replay converges.
 * An address used again after a removal overwrites its old document: the view shows the current alias.
 */
@Component
@ProcessingGroup(MailAliasProjection.PROCESSING_GROUP)
public class MailAliasProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "mail-alias-views";

    /** Sorted by creation (default), address or status; the text query searches the address and the mailbox. */
    static final ListShape SHAPE = new ListShape(Map.of("createdAt", "createdAt", "address", "_id", "status", "status"),
            "createdAt", List.of("_id", "mailbox"));

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    public MailAliasProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(MailAliasCreatedEvent event, @Timestamp Instant occurredAt) {
        emit(mongo.save(new MailAliasDocument(event.id().address().value(), event.tenantId().slug(),
                event.memberId().value(), event.mailbox().value(), MailObjectStatus.PROVISIONING, null,
                MailStep.pending(), occurredAt)));
    }

    @EventHandler
    void on(MailAliasStepRecordedEvent event) {
        change(event.id().address().value(), document -> document.with(event.step()));
    }

    @EventHandler
    void on(MailAliasProvisionedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.ACTIVE, null));
    }

    @EventHandler
    void on(MailAliasProvisioningFailedEvent event) {
        change(event.id().address().value(), document -> document.with(
                event.leftover() ? MailObjectStatus.NEEDS_ATTENTION : MailObjectStatus.FAILED, event.reason()));
    }

    @EventHandler
    void on(MailAliasRemovalRequestedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.REMOVING, event.reason())
                .with(MailStep.pending()));
    }

    @EventHandler
    void on(MailAliasRemovedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.REMOVED, event.reason()));
    }

    @EventHandler
    void on(MailAliasRemovalFailedEvent event) {
        change(event.id().address().value(), document -> document.with(MailObjectStatus.NEEDS_ATTENTION,
                event.reason()));
    }

    /** Answers null for an unknown alias or another tenant's; callers ask with an optional response type. */
    @QueryHandler
    MailAliasView handle(FindMailAliasQuery query) {
        MailAliasDocument document = mongo.findById(query.address().value(), MailAliasDocument.class);
        return document == null || !document.tenant().equals(query.tenantId().slug()) ? null : document.toView();
    }

    @QueryHandler
    MailAliasList handle(FindMailAliasesQuery query) {
        return new MailAliasList(mongo.find(Query.query(Criteria.where("tenant").is(query.tenantId().slug()))
                        .with(Sort.by("createdAt", "_id")), MailAliasDocument.class)
                .stream().map(MailAliasDocument::toView).toList());
    }

    @QueryHandler
    MailAliasPage handle(FindMailAliasPageQuery query) {
        Pages.Window<MailAliasDocument> page = Pages.find(mongo, MailAliasDocument.class,
                Criteria.where("tenant").is(query.tenantId().slug()), query.page(), SHAPE);
        return new MailAliasPage(page.items().stream().map(MailAliasDocument::toView).toList(), page.total(),
                page.nextCursor());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MailAliasDocument.class);
    }

    private void change(String address, UnaryOperator<MailAliasDocument> change) {
        MailAliasDocument document = mongo.findById(address, MailAliasDocument.class);
        if (document != null) {
            emit(mongo.save(change.apply(document)));
        }
    }

    private void emit(MailAliasDocument document) {
        MailAliasView view = document.toView();
        updates.emit(FindMailAliasQuery.class, query -> query.address().value().equals(document.address())
                && query.tenantId().slug().equals(document.tenant()), view);
    }
}
