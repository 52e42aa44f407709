package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberSsoSubjectCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.TestSystems;
import eu.dezky.sagas.steps.ExternalSystems;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.steps.StepSaga;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The onboarding saga's branches against mocked accounts, where the exact failure sequence matters. */
class MemberOnboardingSagaTest {

    static final MemberId ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final String AGGREGATE = ID.value();
    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final String REF = "vault-ref-1";
    static final String PASSWORD = "Xy7!correct-horse-battery";
    static final String SUBJECT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final MemberCreatedEvent CREATED = new MemberCreatedEvent(ID, new TenantId("acme"), "Bob Builder",
            new Username("bob"), MemberRole.MEMBER, BOB, REF, null);
    static final RecordMemberSsoSubjectCommand SUBJECT_RECORDED = new RecordMemberSsoSubjectCommand(ID, SUBJECT);
    static final ExternalSystems SYSTEMS = TestSystems.withAttempts(3);
    static final Map<MemberSystem, String> IDS = Map.of(MemberSystem.SSO, "7", MemberSystem.MAILBOX, "m1",
            MemberSystem.FILES, "f1");

    private final MemberAccounts accounts = mock(MemberAccounts.class);
    private final MapVault vault = new MapVault(REF, PASSWORD);
    private final Map<String, String> secrets = vault.secrets;
    private SagaTestFixture<MemberOnboardingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberOnboardingSaga.class, accounts, SYSTEMS, vault);
        for (MemberSystem system : MemberSystem.values()) {
            succeeds(system);
        }
        // what an undo finds by natural key: the identity and mailbox of earlier steps; no file account yet
        when(accounts.findOwned(eq(MemberSystem.SSO), any())).thenReturn(Optional.of("7"));
        when(accounts.findOwned(eq(MemberSystem.MAILBOX), any())).thenReturn(Optional.of("m1"));
    }

    private void succeeds(MemberSystem system) {
        when(accounts.provision(eq(system), any(), eq(PASSWORD))).thenReturn(
                new MemberAccounts.Provisioned(IDS.get(system), system == MemberSystem.SSO ? SUBJECT : null));
    }

    private void fails(MemberSystem system, AdapterException.Kind kind) {
        when(accounts.provision(eq(system), any(), eq(PASSWORD))).thenThrow(failure(kind));
    }

    static AdapterException failure(AdapterException.Kind kind) {
        return new AdapterException(kind, "sim", kind == AdapterException.Kind.TRANSIENT ? 503 : 400,
                kind == AdapterException.Kind.TRANSIENT ? "service unavailable" : "refused", null, null);
    }

    /** A report with no failed try before it, of the system's limit of 3. */
    static RecordMemberStepCommand step(MemberSystem system, StepState state) {
        return new RecordMemberStepCommand(ID, new StepStatus(system, state, 0, 3, null, null), IDS.get(system));
    }

    @Test
    void everySystemIsProvisionedInOrderAndTheMemberRecordedAsProvisioned() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectActiveSagas(0) // it ends with its outcome, not on the outcome's event
                .expectDispatchedCommands(SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.DONE), step(MemberSystem.FILES, StepState.DONE),
                        new RecordMemberProvisionedCommand(ID))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theVaultEntryIsDeletedWhenTheRunEndsEitherWay() {
        fixture.givenNoPriorActivity().whenAggregate(AGGREGATE).publishes(CREATED).expectActiveSagas(0);
        assertThat(secrets).doesNotContainKey(REF);

        vault.secrets.put(REF, PASSWORD);
        fails(MemberSystem.FILES, AdapterException.Kind.REJECTED);
        SagaFixtures.of(MemberOnboardingSaga.class, accounts, SYSTEMS, vault).givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectActiveSagas(0);
        assertThat(secrets).doesNotContainKey(REF);
    }

    @Test
    void aTransientMailboxFailureIsRetriedOnADeadlineAndThenSucceeds() {
        fails(MemberSystem.MAILBOX, AdapterException.Kind.TRANSIENT);
        Instant due = fixture.currentTime().plusSeconds(30);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommands(SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE),
                        new RecordMemberStepCommand(ID, new StepStatus(MemberSystem.MAILBOX, StepState.RETRYING, 1, 3,
                                "service unavailable", due), null))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), StepSaga.retryDeadlineOf(MemberOnboardingSaga.class));
        succeeds(MemberSystem.MAILBOX);
        fixture.whenTimeElapses(Duration.ofSeconds(31))
                .expectTriggeredDeadlinesWithName(StepSaga.retryDeadlineOf(MemberOnboardingSaga.class))
                .expectDispatchedCommands(new RecordMemberStepCommand(ID, new StepStatus(MemberSystem.MAILBOX,
                                StepState.DONE, 1, 3, null, null), "m1"),
                        step(MemberSystem.FILES, StepState.DONE), new RecordMemberProvisionedCommand(ID));
    }

    @Test
    void theSsoStepRecordsTheSubjectTheMembersTokensWillCarryBeforeItIsDone() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.DONE), step(MemberSystem.FILES, StepState.DONE),
                        new RecordMemberProvisionedCommand(ID)));
    }

    @Test
    void aTransientSsoFailureBacksOffLongerEachTime() {
        fails(MemberSystem.SSO, AdapterException.Kind.TRANSIENT);
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(60), StepSaga.retryDeadlineOf(MemberOnboardingSaga.class));
    }

    @Test
    void aPermanentFilesFailureUndoesMailboxAndSsoInReverseAndReleasesTheAddress() {
        fails(MemberSystem.FILES, AdapterException.Kind.REJECTED);
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
        fails(MemberSystem.SSO, AdapterException.Kind.CONFLICT);
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
        fails(MemberSystem.MAILBOX, AdapterException.Kind.REJECTED);
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
        fails(MemberSystem.MAILBOX, AdapterException.Kind.TRANSIENT);
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
        fails(MemberSystem.FILES, AdapterException.Kind.TRANSIENT);
        when(accounts.findOwned(eq(MemberSystem.FILES), any())).thenReturn(Optional.of("f1"));
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommands(new RecordMemberStepCommand(ID, new StepStatus(MemberSystem.FILES,
                        StepState.DONE, 3, 3, null, null), "f1"), new RecordMemberProvisionedCommand(ID));
    }

    @Test
    void exhaustedAttemptsCompensateAndSayHowOftenItWasTried() throws Exception {
        fails(MemberSystem.FILES, AdapterException.Kind.TRANSIENT);
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
        fails(MemberSystem.FILES, AdapterException.Kind.REJECTED);
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(accounts).remove(MemberSystem.MAILBOX, "m1");
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .andThenTimeElapses(Duration.ofSeconds(31))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.stepState(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION, "Stalwart still has the account m1"),
                        step(MemberSystem.SSO, StepState.COMPENSATED),
                        Commands.failure("an operator must delete it there")));
    }

    @Test
    void switchedOffSystemsAreRecordedAsSkippedWithoutBeingCalled() {
        fixture.registerResource(SYSTEMS.withAuthentik(SYSTEMS.authentik().withEnabled(false))
                .withOcis(SYSTEMS.ocis().withEnabled(false)));
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.stepState(MemberSystem.SSO, StepState.SKIPPED, "Authentik provisioning is switched off"),
                        step(MemberSystem.MAILBOX, StepState.DONE),
                        Commands.stepState(MemberSystem.FILES, StepState.SKIPPED, "oCIS provisioning is switched off"),
                        new RecordMemberProvisionedCommand(ID)));
        verify(accounts, never()).provision(eq(MemberSystem.SSO), any(), any());
    }

    @Test
    void anExpiredPasswordFailsTheOnboardingWithAReason() {
        secrets.clear();
        when(accounts.findOwned(eq(MemberSystem.SSO), any())).thenReturn(Optional.empty());
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.failedStep(MemberSystem.SSO, "the one-time password expired"),
                        new ReleaseMailAddressCommand(BOB, ID.value()), Commands.failure("create the member again")));
    }

    @Test
    void failedOutcomeCarriesNoPassword() {
        fails(MemberSystem.MAILBOX, AdapterException.Kind.REJECTED);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.noneContains(PASSWORD));
    }

    @Test
    void theFailureIsRecordedOnlyOnce() {
        fails(MemberSystem.SSO, AdapterException.Kind.REJECTED);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.count(RecordMemberProvisioningFailedCommand.class, 1));
    }
}
