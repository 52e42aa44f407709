package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.LeaveMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberRemovedCommand;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.TestSystems;
import eu.dezky.sagas.steps.ExternalSystems;

import java.time.Duration;

import static eu.dezky.sagas.member.Commands.inOrder;
import static eu.dezky.sagas.member.Commands.stepState;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The removal saga's branches against mocked accounts. */
class MemberRemovalSagaTest {

    static final MemberId ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final String AGGREGATE = ID.value();
    static final TenantId ACME = new TenantId("acme");
    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MemberRemovalStartedEvent STARTED = new MemberRemovalStartedEvent(ID, ACME, BOB, "7", "m1", "f1", true, null);
    static final MailAddressLeftEvent LAST = new MailAddressLeftEvent(BOB, ACME, ID.value(), true);
    static final MailAddressLeftEvent OTHERS_STAY = new MailAddressLeftEvent(BOB, ACME, ID.value(), false);
    static final ExternalSystems SYSTEMS = TestSystems.withAttempts(3);

    private final MemberAccounts accounts = mock(MemberAccounts.class);
    private SagaTestFixture<MemberRemovalSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberRemovalSaga.class, accounts, SYSTEMS);
        // every account is still there when looked up, unless a test says otherwise
        when(accounts.present(any(), any(), anyString())).thenReturn(true);
    }

    private void fails(MemberSystem system, String id, AdapterException.Kind kind) {
        doThrow(MemberOnboardingSagaTest.failure(kind)).doNothing().when(accounts).remove(system, id);
    }

    @Test
    void theRemovalFirstAsksTheClaimWhetherItIsTheLastMembership() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(STARTED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(new LeaveMailAddressCommand(BOB, ID.value()));
        verify(accounts, never()).remove(any(), anyString());
    }

    @Test
    void theLastMembershipTearsDownFilesMailboxAndSsoThenReleasesTheAddress() {
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .whenAggregate(BOB.value()).publishes(LAST)
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.DONE, "deleted"),
                        stepState(MemberSystem.MAILBOX, StepState.DONE, "deleted"),
                        stepState(MemberSystem.SSO, StepState.DONE, "deleted"),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        new RecordMemberRemovedCommand(ID, false)))
                .expectNoScheduledDeadlines();
        var order = org.mockito.Mockito.inOrder(accounts);
        order.verify(accounts).remove(MemberSystem.FILES, "f1");
        order.verify(accounts).remove(MemberSystem.MAILBOX, "m1");
        order.verify(accounts).remove(MemberSystem.SSO, "7");
    }

    @Test
    void aMembershipOthersStillShareOnlyLeavesTheTenantGroupAndKeepsTheAccounts() {
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .whenAggregate(BOB.value()).publishes(OTHERS_STAY)
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.SSO, StepState.DONE, "removed from the group dezky-acme"),
                        stepState(MemberSystem.MAILBOX, StepState.SKIPPED, "kept"),
                        stepState(MemberSystem.FILES, StepState.SKIPPED, "kept"),
                        new RecordMemberRemovedCommand(ID, true)));
        verify(accounts).leaveTenantGroup("acme", "7");
        verify(accounts, never()).remove(any(), anyString());
    }

    @Test
    void aTransientFailureIsRetriedOnADeadlineThenTheRemovalGoesOn() {
        fails(MemberSystem.MAILBOX, "m1", AdapterException.Kind.TRANSIENT);
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .whenAggregate(BOB.value()).publishes(LAST)
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), StepSaga.retryDeadlineOf(MemberRemovalSaga.class))
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.DONE, "deleted"),
                        stepState(MemberSystem.MAILBOX, StepState.RETRYING, "service unavailable")));

        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .andThenAggregate(BOB.value()).published(LAST)
                .whenTimeElapses(Duration.ofSeconds(31))
                .expectTriggeredDeadlinesWithName(StepSaga.retryDeadlineOf(MemberRemovalSaga.class))
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.MAILBOX, StepState.DONE, "deleted"),
                        stepState(MemberSystem.SSO, StepState.DONE, "deleted"),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        new RecordMemberRemovedCommand(ID, false)));
    }

    @Test
    void aMailboxThatCannotBeDeletedIsParkedTheSsoIdentityStillGoesAndTheAddressStaysClaimed() {
        fails(MemberSystem.MAILBOX, "m1", AdapterException.Kind.REJECTED);
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .whenAggregate(BOB.value()).publishes(LAST)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.DONE, "deleted"),
                        stepState(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION,
                                "Stalwart still has the account m1 for bob@example.org (it does not accept a value"
                                        + " of the request (a name or an address)); an operator must delete it there"),
                        stepState(MemberSystem.SSO, StepState.DONE, "deleted"),
                        new RecordMemberRemovedCommand(ID, false)));
        verify(accounts).remove(MemberSystem.SSO, "7");
    }

    @Test
    void attemptsRunOutIntoNeedsAttention() throws Exception {
        doThrow(MemberOnboardingSagaTest.failure(AdapterException.Kind.TRANSIENT)).when(accounts).remove(MemberSystem.FILES, "f1");
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .andThenAggregate(BOB.value()).published(LAST)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.NEEDS_ATTENTION, "after 3 attempts"),
                        stepState(MemberSystem.MAILBOX, StepState.DONE, "deleted"),
                        stepState(MemberSystem.SSO, StepState.DONE, "deleted"),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        new RecordMemberRemovedCommand(ID, false)));
    }

    @Test
    void aDeleteWhoseRetriesRanOutIsDoneWhenTheAccountIsFoundGone() throws Exception {
        // oCIS deleted the user but the answer was lost, and every retry failed: a look finds it gone
        doThrow(MemberOnboardingSagaTest.failure(AdapterException.Kind.TRANSIENT)).when(accounts).remove(MemberSystem.FILES, "f1");
        when(accounts.present(MemberSystem.FILES, BOB, "f1")).thenReturn(false);
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .andThenAggregate(BOB.value()).published(LAST)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.DONE, "already gone"),
                        stepState(MemberSystem.MAILBOX, StepState.DONE, "deleted"),
                        stepState(MemberSystem.SSO, StepState.DONE, "deleted"),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        new RecordMemberRemovedCommand(ID, false)));
    }

    @Test
    void aSwitchedOffSystemsAccountIsParkedForAnOperatorAndTheAddressStaysClaimed() {
        fixture.registerResource(SYSTEMS.withStalwart(SYSTEMS.stalwart().withEnabled(false)));
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .whenAggregate(BOB.value()).publishes(LAST)
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.DONE, "deleted"),
                        stepState(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION, "Stalwart still has the account m1"
                                + " for bob@example.org (Stalwart provisioning is switched off in the engine)"),
                        stepState(MemberSystem.SSO, StepState.DONE, "deleted"),
                        new RecordMemberRemovedCommand(ID, false)));
        verify(accounts, never()).remove(MemberSystem.MAILBOX, "m1");
    }

    @Test
    void anAccountAlreadyGoneCountsAsRemoved() {
        fails(MemberSystem.MAILBOX, "m1", AdapterException.Kind.NOT_FOUND);
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .whenAggregate(BOB.value()).publishes(LAST)
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.DONE, "deleted"),
                        stepState(MemberSystem.MAILBOX, StepState.DONE, "already gone"),
                        stepState(MemberSystem.SSO, StepState.DONE, "deleted"),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        new RecordMemberRemovedCommand(ID, false)));
    }

    @Test
    void aFailedMemberWithoutAccountsOrClaimIsRemovedWithoutTouchingAnything() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(new MemberRemovalStartedEvent(ID, ACME, BOB, null, null, null, false, null))
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.FILES, StepState.SKIPPED, "nothing to remove"),
                        stepState(MemberSystem.MAILBOX, StepState.SKIPPED, "nothing to remove"),
                        stepState(MemberSystem.SSO, StepState.SKIPPED, "nothing to remove"),
                        new RecordMemberRemovedCommand(ID, false)));
        verify(accounts, never()).remove(any(), anyString());
    }

    @Test
    void theSagaEndsWhenTheRemovalIsRecorded() {
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .andThenAggregate(BOB.value()).published(LAST)
                .whenAggregate(AGGREGATE).publishes(new MemberRemovedEvent(ID, ACME, BOB, false, null))
                .expectActiveSagas(0);
    }

    @Test
    void aGroupMembershipThatCannotBeRemovedIsParked() {
        doThrow(MemberOnboardingSagaTest.failure(AdapterException.Kind.REJECTED)).when(accounts).leaveTenantGroup("acme", "7");
        fixture.givenAggregate(AGGREGATE).published(STARTED)
                .whenAggregate(BOB.value()).publishes(OTHERS_STAY)
                .expectDispatchedCommandsMatching(inOrder(
                        stepState(MemberSystem.SSO, StepState.NEEDS_ATTENTION, "in the group dezky-acme"),
                        stepState(MemberSystem.MAILBOX, StepState.SKIPPED, "kept"),
                        stepState(MemberSystem.FILES, StepState.SKIPPED, "kept"),
                        new RecordMemberRemovedCommand(ID, true)));
    }
}
