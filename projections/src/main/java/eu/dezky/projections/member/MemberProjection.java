package eu.dezky.projections.member;

import java.util.Map;
import java.util.List;
import eu.dezky.projections.readmodel.page.Pages;
import eu.dezky.projections.readmodel.page.ListShape;
import eu.dezky.api.member.MemberAccountRepairedEvent;
import eu.dezky.api.member.MemberPage;
import eu.dezky.api.member.FindMemberPageQuery;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberSsoSubjectRecordedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
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
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code members} collection. A member's events arrive in order (the processor sequences per aggregate),
 * so read-modify-write of one document is safe; writes are whole-document saves, so a replay converges.
 */
@Component
@ProcessingGroup(MemberProjection.PROCESSING_GROUP)
public class MemberProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "member-views";

    /** Sorted by creation (default), name, mailbox or status; the text query searches name, username and mailbox. */
    static final ListShape SHAPE = new ListShape(Map.of("createdAt", "createdAt", "displayName", "displayName",
            "mailbox", "mailbox", "status", "status"), "createdAt", List.of("displayName", "username", "mailbox"));

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    public MemberProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(MemberCreatedEvent event, @Timestamp Instant occurredAt) {
        emit(mongo.save(new MemberDocument(event.memberId().value(), event.tenantId().slug(), event.displayName(),
                event.username().value(), event.role(), event.mailbox().value(), MemberStatus.PROVISIONING, null,
                MemberDocument.pendingSteps(), occurredAt, null, null, null)));
    }

    /** A membership sharing another tenant's accounts shows like any other member. */
    @EventHandler
    void on(MemberLinkedEvent event, @Timestamp Instant occurredAt) {
        emit(mongo.save(new MemberDocument(event.memberId().value(), event.tenantId().slug(), event.displayName(),
                event.username().value(), event.role(), event.mailbox().value(), MemberStatus.PROVISIONING, null,
                MemberDocument.pendingSteps(), occurredAt, null, null, null)));
    }

    @EventHandler
    void on(MemberStepRecordedEvent event) {
        change(event.memberId().value(), document -> document.withStep(event.step()));
    }

    @EventHandler
    void on(MemberSsoSubjectRecordedEvent event) {
        change(event.memberId().value(), document -> document.withSsoSubject(event.subject()));
    }

    /** A re-created SSO identity has a new subject: the member is recognised by it from now on. */
    @EventHandler
    void on(MemberAccountRepairedEvent event) {
        if (event.ssoSubject() != null) {
            change(event.memberId().value(), document -> document.withSsoSubject(event.ssoSubject()));
        }
    }

    @EventHandler
    void on(MemberProvisionedEvent event) {
        change(event.memberId().value(), document -> document.withOutcome(MemberStatus.ACTIVE, null));
    }

    @EventHandler
    void on(MemberProvisioningFailedEvent event) {
        change(event.memberId().value(), document -> document.withOutcome(MemberStatus.FAILED, event.reason()));
    }

    /** The steps now show the removal, the member's current operation; the accounts show as they were until removed. */
    @EventHandler
    void on(MemberRemovalStartedEvent event) {
        change(event.memberId().value(), document -> document.withAccountsAsShown()
                .withOutcome(MemberStatus.REMOVING, null)
                .withSteps(MemberDocument.pendingSteps()));
    }

    /** Leftovers an operator must delete (steps needing attention) become the reason, so they show in the list. */
    @EventHandler
    void on(MemberRemovedEvent event) {
        change(event.memberId().value(), document -> document.withOutcome(MemberStatus.REMOVED,
                document.steps().stream().filter(step -> step.state() == StepState.NEEDS_ATTENTION)
                        .map(StepStatus::detail).collect(Collectors.collectingAndThen(Collectors.joining("; "),
                                leftovers -> leftovers.isEmpty() ? null : "removed, but needs attention: " + leftovers))));
    }

    /** Answers null for an unknown member or another tenant's; callers ask with an optional response type. */
    @QueryHandler
    MemberView handle(FindMemberQuery query) {
        MemberDocument document = mongo.findById(query.memberId().value(), MemberDocument.class);
        return document == null || !document.tenant().equals(query.tenantId().slug()) ? null : document.toView();
    }

    @QueryHandler
    MemberList handle(FindMembersQuery query) {
        return new MemberList(mongo.find(Query.query(Criteria.where("tenant").is(query.tenantId().slug()))
                        .with(Sort.by("createdAt", "_id")), MemberDocument.class)
                .stream().map(MemberDocument::toView).toList());
    }

    /** A page of the tenant's members; removed ones only when asked for (they are history). */
    @QueryHandler
    MemberPage handle(FindMemberPageQuery query) {
        Criteria tenant = Criteria.where("tenant").is(query.tenantId().slug());
        Criteria scope = query.includeRemoved() ? tenant
                : new Criteria().andOperator(tenant, Criteria.where("status").ne(MemberStatus.REMOVED.name()));
        Pages.Window<MemberDocument> page = Pages.find(mongo, MemberDocument.class, scope, query.page(), SHAPE);
        return new MemberPage(page.items().stream().map(MemberDocument::toView).toList(), page.total(),
                page.nextCursor());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MemberDocument.class);
    }

    private void change(String id, UnaryOperator<MemberDocument> change) {
        MemberDocument document = mongo.findById(id, MemberDocument.class);
        if (document != null) {
            emit(mongo.save(change.apply(document)));
        }
    }

    private void emit(MemberDocument document) {
        MemberView view = document.toView();
        updates.emit(FindMemberQuery.class, query -> query.memberId().value().equals(document.id())
                && query.tenantId().slug().equals(document.tenant()), view);
    }
}
