package eu.dezky.projections.operation;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasStepRecordedEvent;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.operation.FindOperationQuery;
import eu.dezky.api.operation.FindOperationsQuery;
import eu.dezky.api.operation.OperationActor;
import eu.dezky.api.operation.OperationList;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The operations read model on the Mongo-protocol server the engine embeds, fed the events of each context. */
class OperationProjectionTest {

    static final TenantId ACME = new TenantId("acme");
    static final MemberId BOB_ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final MailAddress BOB = new MailAddress("bob@acme.org");
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MemberOperationHistory members;
    MailOperationHistory mail;
    OperationViews views;

    @BeforeEach
    void start() {
        OperationRecords records = new OperationRecords(mongo.template(), mock(QueryUpdateEmitter.class));
        members = new MemberOperationHistory(records);
        mail = new MailOperationHistory(records);
        views = new OperationViews(mongo.template());
    }

    @Test
    void anOnboardingShowsItsKindTargetActorStepsAndOutcome() {
        members.on(created("op-1"), T0, "alice", "customer-admin");
        members.on(new MemberStepRecordedEvent(BOB_ID, ACME, new StepStatus(MemberSystem.FILES, StepState.RETRYING,
                2, 8, "oCIS answered 503", T0.plusSeconds(30)), null, "op-1"));

        OperationView running = view("op-1");
        assertThat(running.kind()).isEqualTo("member-onboarding");
        assertThat(running.target().id()).isEqualTo(BOB_ID.value());
        assertThat(running.target().label()).isEqualTo("bob@acme.org");
        assertThat(running.actor()).isEqualTo(new OperationActor("alice", "customer-admin"));
        assertThat(running.status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(running.steps()).extracting(OperationStep::system).containsExactly("SSO", "MAILBOX", "FILES");
        assertThat(running.steps().get(2)).isEqualTo(new OperationStep("FILES", null, StepState.RETRYING, 2, 8,
                "oCIS answered 503", T0.plusSeconds(30)));

        members.on(new MemberProvisionedEvent(BOB_ID, ACME, "op-1"), T0.plusSeconds(40));
        OperationView done = view("op-1");
        assertThat(done.status()).isEqualTo(OperationStatus.DONE);
        assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void aRemovalThatLeftAnAccountBehindNeedsAttention() {
        members.on(new MemberRemovalStartedEvent(BOB_ID, ACME, BOB, "1", "m1", null, true, "op-rm"), T0, "alice",
                "customer-admin");
        members.on(new MemberStepRecordedEvent(BOB_ID, ACME, new StepStatus(MemberSystem.MAILBOX,
                StepState.NEEDS_ATTENTION, 8, 8, "Stalwart still has the account m1", null), "m1", "op-rm"));
        members.on(new MemberRemovedEvent(BOB_ID, ACME, BOB, false, "op-rm"), T0.plusSeconds(5));

        assertThat(view("op-rm").kind()).isEqualTo("member-removal");
        assertThat(view("op-rm").status()).isEqualTo(OperationStatus.NEEDS_ATTENTION);
    }

    @Test
    void aFailedAliasThatLeftSomethingInTheMailServerNeedsAttention() {
        MailAliasId alias = MailAliasId.of(new MailAddress("sales@acme.org"));
        mail.on(new MailAliasCreatedEvent(alias, ACME, BOB_ID, BOB, "op-a"), T0, "alice", "customer-admin");
        mail.on(new MailAliasStepRecordedEvent(alias, ACME, new MailStep(StepState.FAILED, 1, 8, "refused", null),
                "op-a"));
        mail.on(new MailAliasProvisioningFailedEvent(alias, ACME, "refused", true, "op-a"), T0.plusSeconds(1));

        OperationView view = view("op-a");
        assertThat(view.kind()).isEqualTo("mail-alias-create");
        assertThat(view.target().id()).isEqualTo("sales@acme.org");
        assertThat(view.steps()).extracting(OperationStep::system).containsExactly("MAIL_SERVER");
        assertThat(view.status()).isEqualTo(OperationStatus.NEEDS_ATTENTION);
    }

    @Test
    void aMembersOperationsAreListedNewestFirstAPageAtATime() {
        members.on(created("op-1"), T0, "alice", "customer-admin");
        members.on(new MemberProvisionedEvent(BOB_ID, ACME, "op-1"), T0.plusSeconds(1));
        members.on(lifecycle("op-2", MemberOperationKind.SUSPEND), T0.plusSeconds(10), "alice", "customer-admin");
        members.on(new MemberOperationCompletedEvent(BOB_ID, ACME, "op-2", MemberOperationKind.SUSPEND),
                T0.plusSeconds(11));
        members.on(lifecycle("op-3", MemberOperationKind.RESUME), T0.plusSeconds(20), "op", "operator");

        OperationList first = views.handle(new FindOperationsQuery(ACME, BOB_ID.value(), null, null, 2));
        assertThat(first.operations()).extracting(OperationView::kind).containsExactly("member-resume", "member-suspend");
        OperationList second = views.handle(new FindOperationsQuery(ACME, BOB_ID.value(), null, first.nextCursor(), 2));
        assertThat(second.operations()).extracting(OperationView::kind).containsExactly("member-onboarding");
        assertThat(second.nextCursor()).isNull();
        assertThat(views.handle(new FindOperationsQuery(ACME, null, OperationStatus.RUNNING, null, 10)).operations())
                .extracting(OperationView::id).containsExactly("op-3");
        assertThat(views.handle(new FindOperationsQuery(ACME, "someone-else", null, null, 10)).operations()).isEmpty();
    }

    @Test
    void anotherTenantCannotSeeAnOperationAndEventsWithoutAnOperationIdAreSkipped() {
        members.on(created("op-1"), T0, "alice", "customer-admin");
        members.on(created(null), T0, "alice", "customer-admin");

        assertThat(views.handle(new FindOperationQuery(new TenantId("other"), "op-1"))).isNull();
        assertThat(views.handle(new FindOperationsQuery(ACME, null, null, null, 10)).operations()).hasSize(1);
    }

    private static MemberCreatedEvent created(String operationId) {
        return new MemberCreatedEvent(BOB_ID, ACME, "Bob", new Username("bob"), MemberRole.MEMBER, BOB, "ref",
                operationId);
    }

    private static MemberOperationStartedEvent lifecycle(String operationId, MemberOperationKind kind) {
        return new MemberOperationStartedEvent(BOB_ID, ACME, operationId, kind, BOB, Map.of(), null);
    }

    private OperationView view(String operationId) {
        return views.handle(new FindOperationQuery(ACME, operationId));
    }
}
