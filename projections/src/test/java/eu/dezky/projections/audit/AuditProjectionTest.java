package eu.dezky.projections.audit;

import eu.dezky.api.audit.AuditEntryView;
import eu.dezky.api.audit.AuditFilter;
import eu.dezky.api.processing.DeadLetterEvictedEvent;
import eu.dezky.api.audit.AuditPage;
import eu.dezky.api.audit.FindAuditEntriesQuery;
import eu.dezky.api.audit.FindAuditTrailQuery;
import eu.dezky.api.audit.FindTenantEventsQuery;
import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit read model fed stored events directly, read through its query handlers. */
class AuditProjectionTest {

    static final TenantId ACME = new TenantId("acme");
    static final MemberId BOB = new MemberId(UUID.randomUUID().toString());
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    AnnotationEventHandlerAdapter projection;
    SimpleQueryBus queries = SimpleQueryBus.builder().build();
    AuditQueries audit;
    long sequence;

    @BeforeEach
    void start() {
        projection = new AnnotationEventHandlerAdapter(new AuditProjection(mongo.template()));
        audit = new AuditQueries(mongo.template());
        new AnnotationQueryHandlerAdapter<>(audit).subscribe(queries);
    }

    @Test
    void entriesNameTheActorTheTargetAndTheOperationInWords() throws Exception {
        publish("acme", new TenantCreatedEvent(ACME, "Acme ApS",
                new TenantOwner("alice", new EmailAddress("alice@acme.test")), null), "op1", null);
        publish(BOB.value(), new MemberCreatedEvent(BOB, ACME, "Bob", new Username("bob"), MemberRole.MEMBER,
                new MailAddress("bob@acme.test"), "vault-ref", null), "alice", "alice@acme.test");
        publish(BOB.value(), new MemberOperationStartedEvent(BOB, ACME, "op-7", MemberOperationKind.SUSPEND,
                new MailAddress("bob@acme.test"), Map.of(), null), "alice", "alice@acme.test");
        publish(BOB.value(), new MemberOperationCompletedEvent(BOB, ACME, "op-7", MemberOperationKind.SUSPEND),
                "alice", "alice@acme.test");

        List<AuditEntryView> entries = page(AuditFilter.ofTenant(ACME), null, 10).entries();

        assertThat(entries).extracting(AuditEntryView::summary).containsExactly(
                "alice@acme.test suspended bob@acme.test",
                "alice@acme.test suspended bob@acme.test",
                "alice@acme.test created member bob@acme.test: role member",
                "op1 created tenant acme: Acme ApS");
        assertThat(entries).extracting(AuditEntryView::outcome)
                .containsExactly("succeeded", "requested", "requested", "succeeded");
        AuditEntryView suspended = entries.get(0);
        assertThat(suspended.type()).isEqualTo("MemberOperationCompleted");
        assertThat(suspended.actor()).isEqualTo(new AuditEntryView.Actor("alice", "customer-admin", "alice@acme.test"));
        assertThat(suspended.target()).isEqualTo(new AuditEntryView.Target("member", BOB.value(), "bob@acme.test"));
        assertThat(suspended.operationId()).isEqualTo("op-7");
        assertThat(suspended.requestId()).isEqualTo("req-" + suspended.sequence());
        assertThat(entries.toString()).doesNotContain("vault-ref");
    }

    @Test
    void pagesFollowTheCursorAndFiltersNarrowTheSelection() throws Exception {
        for (int i = 0; i < 5; i++) {
            publish("acme", new TenantCreatedEvent(new TenantId("t" + i), "T" + i,
                    new TenantOwner("o", new EmailAddress("o@t.test")), null), i % 2 == 0 ? "even" : "odd", null);
        }

        AuditPage first = page(new AuditFilter(null, null, null, List.of(), null, null), null, 2);
        AuditPage second = page(new AuditFilter(null, null, null, List.of(), null, null), first.nextCursor(), 2);
        AuditPage last = page(new AuditFilter(null, null, null, List.of(), null, null), second.nextCursor(), 2);

        assertThat(first.entries()).extracting(AuditEntryView::sequence).containsExactly(4L, 3L);
        assertThat(second.entries()).extracting(AuditEntryView::sequence).containsExactly(2L, 1L);
        assertThat(last.entries()).extracting(AuditEntryView::sequence).containsExactly(0L);
        assertThat(last.nextCursor()).isNull();
        assertThat(page(new AuditFilter(null, null, null, List.of(), "odd", null), null, 10).entries()).hasSize(2);
        assertThat(page(new AuditFilter(null, T0.plusSeconds(1), T0.plusSeconds(2), List.of("TenantCreated"), null,
                null), null, 10).entries()).extracting(AuditEntryView::sequence).containsExactly(2L, 1L);
        assertThat(page(new AuditFilter(null, null, null, List.of(), null, "t3"), null, 10).entries()).hasSize(1);
    }

    @Test
    void theWholeTrailStreamsPageByPageNewestFirst() throws Exception {
        int count = AuditQueries.STREAM_PAGE + 3;
        for (int i = 0; i < count; i++) {
            publish("acme", new TenantCreatedEvent(ACME, "Acme", new TenantOwner("a", new EmailAddress("a@a.test")),
                    null), "a", null);
        }

        try (var trail = audit.handle(new FindAuditTrailQuery(AuditFilter.ofTenant(ACME)))) {
            List<Long> sequences = trail.map(AuditEntryView::sequence).toList();
            assertThat(sequences).hasSize(count).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(sequences).doesNotHaveDuplicates();
        }
    }

    @Test
    void aTenantsEventsComeInStoreOrderUpToTheInstant() throws Exception {
        publish("acme", new TenantCreatedEvent(ACME, "Acme", new TenantOwner("a", new EmailAddress("a@a.test")), null),
                "a", null);
        publish(BOB.value(), new MemberCreatedEvent(BOB, ACME, "Bob", new Username("bob"), MemberRole.MEMBER,
                new MailAddress("bob@acme.test"), null, null), "a", null);
        publish("other", new TenantCreatedEvent(new TenantId("other"), "Other",
                new TenantOwner("a", new EmailAddress("a@a.test")), null), "a", null);

        var events = queries.query(new GenericQueryMessage<>(new FindTenantEventsQuery(ACME, T0.plusSeconds(1)),
                ResponseTypes.instanceOf(eu.dezky.api.audit.TenantEvents.class))).join().getPayload().events();

        assertThat(events).extracting(e -> e.aggregateId()).containsExactly("acme", BOB.value());
    }

    @Test
    void anEvictedDeadLetterIsAnOperatorsEntryOnNoTenant() throws Exception {
        publish("processor:member-views", new DeadLetterEvictedEvent("member-views", "e-9", "MemberStepRecorded",
                BOB.value()), "op1", null);

        AuditEntryView evicted = page(new AuditFilter(null, null, null, null, null, null), null, 10).entries().get(0);
        assertThat(evicted.summary()).isEqualTo("op1 evicted a dead letter from member-views: MemberStepRecorded event"
                + " e-9 of " + BOB.value() + "; the read model lacks it until it is rebuilt");
        assertThat(evicted.tenant()).isNull();
        assertThat(evicted.target()).isEqualTo(new AuditEntryView.Target("processor", "member-views", "member-views"));
        assertThat(page(AuditFilter.ofTenant(ACME), null, 10).entries()).isEmpty();
    }

    private void publish(String aggregate, Object payload, String subject, String email) throws Exception {
        long position = sequence++;
        var metaData = new java.util.HashMap<String, Object>(Map.of("subject", subject, "audience",
                subject.startsWith("op") ? "operator" : "customer-admin", "requestId", "req-" + position,
                "clientIp", "127.0.0.1"));
        if (email != null) {
            metaData.put("email", email);
        }
        var event = new GenericDomainEventMessage<>("Aggregate", aggregate, position, payload, MetaData.from(metaData),
                UUID.randomUUID().toString(), T0.plusSeconds(position));
        projection.handle(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), event));
    }

    private AuditPage page(AuditFilter filter, Long before, int limit) {
        return queries.query(new GenericQueryMessage<>(new FindAuditEntriesQuery(filter, before, limit),
                ResponseTypes.instanceOf(AuditPage.class))).join().getPayload();
    }
}
