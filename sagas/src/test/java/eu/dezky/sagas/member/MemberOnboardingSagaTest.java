package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.MailAddress;
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
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

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
    static final MemberSagaSettings SETTINGS = MemberSagaSettings.defaults().withAttempts(3, 3, 3)
            .withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(15), 0);
    static final Map<MemberSystem, String> IDS = Map.of(MemberSystem.SSO, "7", MemberSystem.MAILBOX, "m1",
            MemberSystem.FILES, "f1");

    private final MemberAccounts accounts = mock(MemberAccounts.class);
    private final Map<String, String> secrets = new HashMap<>(Map.of(REF, PASSWORD));
    private SagaTestFixture<MemberOnboardingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(MemberOnboardingSaga.class);
        fixture.registerResource(accounts);
        fixture.registerResource(SETTINGS);
        fixture.registerResource(new SecretVault() {
            public Optional<String> read(String ref) {
                return Optional.ofNullable(secrets.get(ref));
            }

            public void delete(String ref) {
                secrets.remove(ref);
            }
        });
        for (MemberSystem system : MemberSystem.values()) {
            succeeds(system);
        }
    }

    @SuppressWarnings("unchecked")
    private void succeeds(MemberSystem system) {
        when(accounts.provision(eq(system), any(), eq(PASSWORD), any())).thenAnswer(call -> {
            ((BiConsumer<MemberSystem, String>) call.getArgument(3)).accept(system, IDS.get(system));
            return new MemberAccounts.Provisioned(IDS.get(system), system == MemberSystem.SSO ? SUBJECT : null);
        });
    }

    private void fails(MemberSystem system, AdapterException.Kind kind) {
        when(accounts.provision(eq(system), any(), eq(PASSWORD), any())).thenThrow(failure(kind));
    }

    static AdapterException failure(AdapterException.Kind kind) {
        return new AdapterException(kind, "sim", kind == AdapterException.Kind.TRANSIENT ? 503 : 400,
                kind == AdapterException.Kind.TRANSIENT ? "service unavailable" : "refused", null, null);
    }

    static RecordMemberStepCommand step(MemberSystem system, StepState state) {
        return new RecordMemberStepCommand(ID, new StepStatus(system, state, 0, 0, null, null), IDS.get(system));
    }

    @Test
    void everySystemIsProvisionedInOrderAndTheMemberRecordedAsProvisioned() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE), step(MemberSystem.MAILBOX, StepState.DONE),
                        step(MemberSystem.FILES, StepState.DONE), new RecordMemberProvisionedCommand(ID))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theSagaEndsOnItsOutcomeAndDeletesTheVaultEntry() {
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenAggregate(AGGREGATE).publishes(new MemberProvisionedEvent(ID, CREATED.tenantId(), null))
                .expectActiveSagas(0);
        assertThat(secrets).doesNotContainKey(REF);
    }

    @Test
    void theSagaAlsoEndsOnARecordedFailure() {
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenAggregate(AGGREGATE).publishes(new MemberProvisioningFailedEvent(ID, CREATED.tenantId(), BOB, "x", null))
                .expectActiveSagas(0);
        assertThat(secrets).isEmpty();
    }

    @Test
    void aTransientMailboxFailureIsRetriedOnADeadlineAndThenSucceeds() {
        fails(MemberSystem.MAILBOX, AdapterException.Kind.TRANSIENT);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommands(SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE), new RecordMemberStepCommand(ID,
                        new StepStatus(MemberSystem.MAILBOX, StepState.RETRYING, 1, 3, "service unavailable", null), null))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), MemberOnboardingSaga.RETRY);
        succeeds(MemberSystem.MAILBOX);
        fixture.whenTimeElapses(Duration.ofSeconds(31))
                .expectTriggeredDeadlinesWithName(MemberOnboardingSaga.RETRY)
                .expectDispatchedCommands(step(MemberSystem.MAILBOX, StepState.DONE),
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
                .expectScheduledDeadlineWithName(Duration.ofSeconds(60), MemberOnboardingSaga.RETRY);
    }

    @Test
    void aPermanentFilesFailureUndoesMailboxAndSsoInReverseAndReleasesTheAddress() {
        fails(MemberSystem.FILES, AdapterException.Kind.REJECTED);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE), step(MemberSystem.MAILBOX, StepState.DONE),
                        Commands.failedStep(MemberSystem.FILES, "oCIS refused the account for bob@example.org: refused"),
                        step(MemberSystem.MAILBOX, StepState.COMPENSATED), step(MemberSystem.SSO, StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        Commands.failure("oCIS refused the account for bob@example.org: refused")));
        verify(accounts).remove(MemberSystem.MAILBOX, "m1");
        verify(accounts).remove(MemberSystem.SSO, "7");
    }

    @Test
    void aConflictingSsoAccountFailsAtOnceWithNothingToUndo() {
        fails(MemberSystem.SSO, AdapterException.Kind.CONFLICT);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.failedStep(MemberSystem.SSO, "that dezky did not create"),
                        new ReleaseMailAddressCommand(BOB, ID.value()),
                        Commands.failure("an operator must remove or rename it")));
        verify(accounts, never()).remove(any(), any());
    }

    @Test
    void aPermanentMailboxFailureUndoesOnlyTheSsoIdentity() {
        fails(MemberSystem.MAILBOX, AdapterException.Kind.REJECTED);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE),
                        Commands.failedStep(MemberSystem.MAILBOX, "Stalwart refused"),
                        step(MemberSystem.SSO, StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(BOB, ID.value()), Commands.failure("Stalwart refused")));
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
        fixture.registerResource(SETTINGS.withEnabled(false, true, false));
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        Commands.stepState(MemberSystem.SSO, StepState.SKIPPED, "Authentik provisioning is switched off"),
                        step(MemberSystem.MAILBOX, StepState.DONE),
                        Commands.stepState(MemberSystem.FILES, StepState.SKIPPED, "oCIS provisioning is switched off"),
                        new RecordMemberProvisionedCommand(ID)));
        verify(accounts, never()).provision(eq(MemberSystem.SSO), any(), any(), any());
    }

    @Test
    void anExpiredPasswordFailsTheOnboardingWithAReason() {
        secrets.clear();
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
