package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberOperationStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.AccountState;
import eu.dezky.sagas.SagaFixtures;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.steps.StepSaga;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static eu.dezky.sagas.member.MemberLifecycleSagaTest.*;
import static eu.dezky.sagas.member.MemberOnboardingSagaTest.failure;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The lifecycle saga when a system fails: retries on persistent deadlines, compensation in reverse, undo parked as
 * needs-attention, and the look-ups that tell a lost answer from a failure.
 */
class MemberLifecycleSagaFailureTest {

    private final MemberAccounts accounts = mock(MemberAccounts.class);
    private final MapVault vault = new MapVault(REF, PASSWORD);
    private final Map<String, String> secrets = vault.secrets;
    private SagaTestFixture<MemberLifecycleSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberLifecycleSaga.class, accounts, SYSTEMS, vault);
    }

    @Test
    void aTransientMailboxFailureIsRetriedOnADeadlineAndThenSucceeds() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(accounts).suspend(MemberSystem.MAILBOX, "m1");
        Instant due = fixture.currentTime().plusSeconds(30);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.SUSPEND))
                .expectDispatchedCommands(step(MemberSystem.SSO, StepState.DONE),
                        new RecordMemberOperationStepCommand(ID, OP, new StepStatus(MemberSystem.MAILBOX,
                                StepState.RETRYING, 1, 3, "service unavailable", due)))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), StepSaga.retryDeadlineOf(MemberLifecycleSaga.class));
        org.mockito.Mockito.reset(accounts);
        fixture.whenTimeElapses(Duration.ofSeconds(31))
                .expectTriggeredDeadlinesWithName(StepSaga.retryDeadlineOf(MemberLifecycleSaga.class))
                .expectDispatchedCommands(new RecordMemberOperationStepCommand(ID, OP, new StepStatus(
                                MemberSystem.MAILBOX, StepState.DONE, 1, 3, null, null)),
                        step(MemberSystem.FILES, StepState.DONE), COMPLETED);
        verify(accounts, never()).suspend(MemberSystem.SSO, "7");
    }

    @Test
    void aPermanentFilesFailureDuringASuspendReactivatesMailboxAndSsoInReverse() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(accounts).suspend(MemberSystem.FILES, "f1");
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.SUSPEND))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.DONE), step(MemberSystem.MAILBOX, StepState.DONE),
                        step(MemberSystem.FILES, StepState.FAILED, "suspend the member again [sim: REJECTED (HTTP 400):"
                                + " refused]"),
                        step(MemberSystem.MAILBOX, StepState.COMPENSATED), step(MemberSystem.SSO, StepState.COMPENSATED),
                        failed("oCIS refused to suspend the account f1 of bob@example.org: it does not accept a"
                                + " value of the request (a name or an address); fix the cause,"
                                + " then suspend the member again")));
        var order = inOrder(accounts);
        order.verify(accounts).resume(MemberSystem.MAILBOX, "m1");
        order.verify(accounts).resume(MemberSystem.SSO, "7");
    }

    @Test
    void aPermanentFailureDuringAResumeSuspendsTheDoneStepsAgain() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(accounts).resume(MemberSystem.MAILBOX, "m1");
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.RESUME))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.FAILED, "Stalwart refused to reactivate"),
                        step(MemberSystem.SSO, StepState.COMPENSATED), failed("resume the member again")));
        verify(accounts).suspend(MemberSystem.SSO, "7");
    }

    @Test
    void exhaustedAttemptsCompensateAndSayHowOftenItWasTried() throws Exception {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(accounts).suspend(MemberSystem.MAILBOX, "m1");
        fixture.givenAggregate(AGGREGATE).published(started(MemberOperationKind.SUSPEND))
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.MAILBOX, StepState.FAILED, "after 3 attempts"),
                        step(MemberSystem.SSO, StepState.COMPENSATED),
                        failed("Stalwart could not be reached after 3 attempts")));
    }

    @Test
    void anUndoThatKeepsFailingIsParkedAsNeedsAttention() throws Exception {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(accounts).suspend(MemberSystem.FILES, "f1");
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(accounts).resume(MemberSystem.MAILBOX, "m1");
        fixture.givenAggregate(AGGREGATE).published(started(MemberOperationKind.SUSPEND))
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION,
                                "Stalwart still has the account m1 of bob@example.org suspended"),
                        step(MemberSystem.SSO, StepState.COMPENSATED),
                        failed("an operator must reactivate it there")));
    }

    @Test
    void aFailedResetCannotBeUndoneAndSaysWhichSystemHasTheNewPassword() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(accounts).setPassword(MemberSystem.MAILBOX, "m1", PASSWORD);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.RESET_PASSWORD))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.FAILED, "Stalwart refused to set the new password"),
                        failed("reset the password again; Authentik already took the new password")))
                .expectDispatchedCommandsMatching(Commands.noneContains(PASSWORD));
    }

    @Test
    void anExpiredOneTimePasswordFailsTheResetWithAReason() {
        secrets.clear();
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.RESET_PASSWORD))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.FAILED, "the one-time password expired"),
                        failed("reset the password again")));
        verify(accounts, never()).setPassword(any(), any(), any());
    }

    @Test
    void aSuspendWhoseAnswerWasLostAndWhoseRetriesRanOutIsDoneWhenTheAccountIsFoundSuspended() throws Exception {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(accounts).suspend(MemberSystem.FILES, "f1");
        when(accounts.state(MemberSystem.FILES, BOB, "f1")).thenReturn(AccountState.SUSPENDED);
        fixture.givenAggregate(AGGREGATE).published(started(MemberOperationKind.SUSPEND))
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommands(new RecordMemberOperationStepCommand(ID, OP, new StepStatus(
                        MemberSystem.FILES, StepState.DONE, 3, 3, null, null)), COMPLETED);
        verify(accounts, never()).resume(any(), any());
    }

    @Test
    void anUndoThatFailsButFindsTheAccountBackAsBeforeCountsAsUndone() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(accounts).suspend(MemberSystem.FILES, "f1");
        doThrow(failure(AdapterException.Kind.REJECTED)).when(accounts).resume(MemberSystem.MAILBOX, "m1");
        when(accounts.state(MemberSystem.MAILBOX, BOB, "m1")).thenReturn(AccountState.ACTIVE);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.SUSPEND))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.DONE), step(MemberSystem.MAILBOX, StepState.DONE),
                        step(MemberSystem.FILES, StepState.FAILED, "oCIS refused to suspend"),
                        new RecordMemberOperationStepCommand(ID, OP, new StepStatus(MemberSystem.MAILBOX,
                                StepState.COMPENSATED, 1, 3, null, null)),
                        step(MemberSystem.SSO, StepState.COMPENSATED), failed("suspend the member again")));
    }

    @Test
    void aLogoutThatFindsTheSsoUnreachableRetriesThenFails() throws Exception {
        when(accounts.logout("7", BOB)).thenThrow(failure(AdapterException.Kind.TRANSIENT));
        fixture.givenAggregate(AGGREGATE).published(started(MemberOperationKind.LOGOUT))
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.FAILED, "after 3 attempts"),
                        failed("log the member out again")));
    }
}
