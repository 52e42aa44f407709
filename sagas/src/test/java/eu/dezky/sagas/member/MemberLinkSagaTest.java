package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.TestSystems;

import java.time.Duration;

import static eu.dezky.sagas.member.Commands.failure;
import static eu.dezky.sagas.member.Commands.inOrder;
import static eu.dezky.sagas.member.Commands.stepState;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Linking a membership shares the person's accounts and records their ids; nothing is created. */
class MemberLinkSagaTest {

    static final MemberId ID = new MemberId("0b9d6f3e-1c2a-4e5b-8f70-112233445566");
    static final MailAddress BOB = new MailAddress("bob@a.example");
    static final MemberLinkedEvent LINKED = new MemberLinkedEvent(ID, new TenantId("tenant-b"), "Bob Builder",
            new Username("bob"), MemberRole.MEMBER, BOB, new TenantId("tenant-a"), null);

    private final MemberAccounts accounts = mock(MemberAccounts.class);
    private SagaTestFixture<MemberLinkSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberLinkSaga.class, accounts, TestSystems.withAttempts(3));
        when(accounts.share(eq(MemberSystem.SSO), any())).thenReturn("7");
        when(accounts.share(eq(MemberSystem.MAILBOX), any())).thenReturn("m1");
        when(accounts.share(eq(MemberSystem.FILES), any())).thenReturn("f1");
    }

    @Test
    void everyAccountIsSharedWithItsIdRecorded() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ID.value()).publishes(LINKED)
                .expectDispatchedCommandsMatching(inOrder(
                        shared(MemberSystem.SSO, "7"), shared(MemberSystem.MAILBOX, "m1"), shared(MemberSystem.FILES, "f1"),
                        new RecordMemberProvisionedCommand(ID)))
                .expectActiveSagas(0);
    }

    @Test
    void aMissingMailboxFailsTheMembershipWithAReason() {
        when(accounts.share(eq(MemberSystem.MAILBOX), any())).thenThrow(MemberOnboardingSagaTest.failure(
                AdapterException.Kind.REJECTED));
        fixture.givenNoPriorActivity()
                .whenAggregate(ID.value()).publishes(LINKED)
                .expectDispatchedCommandsMatching(inOrder(shared(MemberSystem.SSO, "7"),
                        stepState(MemberSystem.MAILBOX, StepState.FAILED, "tenant-a"),
                        failure("remove this membership")))
                .expectActiveSagas(0);
    }

    @Test
    void aTransientFailureIsRetriedOnADeadlineThenTheSharingGoesOn() {
        when(accounts.share(eq(MemberSystem.FILES), any())).thenThrow(MemberOnboardingSagaTest.failure(
                AdapterException.Kind.TRANSIENT)).thenReturn("f1");
        fixture.givenNoPriorActivity()
                .whenAggregate(ID.value()).publishes(LINKED)
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), StepSaga.retryDeadlineOf(MemberLinkSaga.class))
                .expectActiveSagas(1)
                .expectDispatchedCommandsMatching(inOrder(shared(MemberSystem.SSO, "7"), shared(MemberSystem.MAILBOX, "m1"),
                        stepState(MemberSystem.FILES, StepState.RETRYING, "service unavailable")));
        fixture.whenTimeElapses(Duration.ofSeconds(31))
                .expectDispatchedCommandsMatching(inOrder(shared(MemberSystem.FILES, "f1"),
                        new RecordMemberProvisionedCommand(ID)));
    }

    private static java.util.function.Predicate<Object> shared(MemberSystem system, String id) {
        return c -> c instanceof RecordMemberStepCommand s && s.step().system() == system
                && s.step().state() == StepState.DONE && id.equals(s.externalId())
                && s.step().detail().startsWith("shared with the membership in tenant tenant-a");
    }
}
