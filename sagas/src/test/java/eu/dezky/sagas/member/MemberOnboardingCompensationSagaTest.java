package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.SagaFixtures;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static eu.dezky.sagas.member.MemberOnboardingSagaTest.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * An onboarding that fails for good: the done steps undone in reverse, found by natural key also when an answer was
 * lost, a foreign account left alone, and an undo that keeps failing parked as needs-attention with the address kept.
 */
class MemberOnboardingCompensationSagaTest {

    private final MemberAccounts accounts = accountsThatSucceed();
    private final MapVault vault = new MapVault(REF, PASSWORD);
    private SagaTestFixture<MemberOnboardingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberOnboardingSaga.class, accounts, SYSTEMS, vault);
    }

    @Test
    void aPermanentFilesFailureUndoesMailboxAndSsoInReverseAndReleasesTheAddress() {
        fails(accounts, MemberSystem.FILES, AdapterException.Kind.REJECTED);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE), step(MemberSystem.MAILBOX, StepState.DONE),
                        Commands.failedStep(MemberSystem.FILES, "oCIS refused the account for bob@example.org: it does"
                                + " not accept a value of the request (a name or an address); fix the cause, then create"
                                + " the member again [sim: REJECTED (HTTP 400): refused]"),
                        step(MemberSystem.MAILBOX, StepState.COMPENSATED), step(MemberSystem.SSO, StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        Commands.failure("oCIS refused the account for bob@example.org: it does not accept a value of"
                                + " the request (a name or an address)")));
        var order = org.mockito.Mockito.inOrder(accounts);
        order.verify(accounts).remove(MemberSystem.MAILBOX, "m1");
        order.verify(accounts).remove(MemberSystem.SSO, "7");
        verify(accounts, never()).remove(eq(MemberSystem.FILES), any());
    }

    @Test
    void aConflictingSsoAccountFailsAtOnceAndLeavesTheForeignAccountAlone() {
        fails(accounts, MemberSystem.SSO, AdapterException.Kind.CONFLICT);
        // the account at the address carries no marker of this member: the lookup by natural key finds nothing ours
        when(accounts.findOwned(eq(MemberSystem.SSO), any())).thenReturn(Optional.empty());
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.failedStep(MemberSystem.SSO, "that dezky did not create"),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        Commands.failure("an operator must remove or rename it")));
        verify(accounts, never()).remove(any(), any());
    }

    @Test
    void aPermanentMailboxFailureUndoesWhatTheFailedTryLeftAndTheSsoIdentity() {
        fails(accounts, MemberSystem.MAILBOX, AdapterException.Kind.REJECTED);
        when(accounts.findOwned(eq(MemberSystem.MAILBOX), any())).thenReturn(Optional.empty());
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE),
                        Commands.failedStep(MemberSystem.MAILBOX, "Stalwart refused"),
                        step(MemberSystem.SSO, StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(BOB, ID.value()), Commands.failure("Stalwart refused")));
    }

    @Test
    void aMailboxCreatedWhoseAnswerWasLostIsFoundByItsAddressAndUndone() throws Exception {
        // Stalwart created the account, the follow-up read failed every time: the step never learnt the id
        fails(accounts, MemberSystem.MAILBOX, AdapterException.Kind.TRANSIENT);
        when(accounts.findOwned(eq(MemberSystem.MAILBOX), any())).thenReturn(Optional.of("m9"));
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.failedStep(MemberSystem.MAILBOX, "after 3 attempts"),
                        (java.util.function.Predicate<Object>) c -> c instanceof RecordMemberStepCommand s
                                && s.step().system() == MemberSystem.MAILBOX
                                && s.step().state() == StepState.COMPENSATED && "m9".equals(s.externalId()),
                        step(MemberSystem.SSO, StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        Commands.failure("Stalwart could not be reached after 3 attempts")));
        verify(accounts).remove(MemberSystem.MAILBOX, "m9");
    }

    @Test
    void aFilesStepThatRanOutOfAttemptsButFindsItsAccountIsDone() throws Exception {
        fails(accounts, MemberSystem.FILES, AdapterException.Kind.TRANSIENT);
        when(accounts.findOwned(eq(MemberSystem.FILES), any())).thenReturn(Optional.of("f1"));
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommands(new RecordMemberStepCommand(ID, new StepStatus(MemberSystem.FILES,
                        StepState.DONE, 3, 3, null, null), "f1"), new RecordMemberProvisionedCommand(ID));
    }

    @Test
    void exhaustedAttemptsCompensateAndSayHowOftenItWasTried() throws Exception {
        fails(accounts, MemberSystem.FILES, AdapterException.Kind.TRANSIENT);
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.failedStep(MemberSystem.FILES, "after 3 attempts"),
                        step(MemberSystem.MAILBOX, StepState.COMPENSATED), step(MemberSystem.SSO, StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        Commands.failure("oCIS could not be reached after 3 attempts")));
    }

    @Test
    void anUndoThatKeepsFailingIsParkedAsNeedsAttentionAndTheAddressStaysClaimed() throws Exception {
        fails(accounts, MemberSystem.FILES, AdapterException.Kind.REJECTED);
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(accounts).remove(MemberSystem.MAILBOX, "m1");
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.stepState(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION, "Stalwart still has the account m1"),
                        step(MemberSystem.SSO, StepState.COMPENSATED),
                        Commands.failure("an operator must delete it there")));
    }
}
