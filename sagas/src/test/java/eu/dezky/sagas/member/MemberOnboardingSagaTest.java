package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
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

    private final MemberAccounts accounts = accountsThatSucceed();
    private final MapVault vault = new MapVault(REF, PASSWORD);
    private final Map<String, String> secrets = vault.secrets;
    private SagaTestFixture<MemberOnboardingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberOnboardingSaga.class, accounts, SYSTEMS, vault);
    }

    /** Accounts where every system provisions and an undo finds what earlier steps made by its natural key. */
    static MemberAccounts accountsThatSucceed() {
        MemberAccounts accounts = mock(MemberAccounts.class);
        for (MemberSystem system : MemberSystem.values()) {
            succeeds(accounts, system);
        }
        // what an undo finds by natural key: the identity and mailbox of earlier steps; no file account yet
        when(accounts.findOwned(eq(MemberSystem.SSO), any())).thenReturn(Optional.of("7"));
        when(accounts.findOwned(eq(MemberSystem.MAILBOX), any())).thenReturn(Optional.of("m1"));
        return accounts;
    }

    static void succeeds(MemberAccounts accounts, MemberSystem system) {
        when(accounts.provision(eq(system), any(), eq(PASSWORD))).thenReturn(
                new MemberAccounts.Provisioned(IDS.get(system), system == MemberSystem.SSO ? SUBJECT : null));
    }

    static void fails(MemberAccounts accounts, MemberSystem system, AdapterException.Kind kind) {
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
        fails(accounts, MemberSystem.FILES, AdapterException.Kind.REJECTED);
        SagaFixtures.of(MemberOnboardingSaga.class, accounts, SYSTEMS, vault).givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectActiveSagas(0);
        assertThat(secrets).doesNotContainKey(REF);
    }

    @Test
    void aTransientMailboxFailureIsRetriedOnADeadlineAndThenSucceeds() {
        fails(accounts, MemberSystem.MAILBOX, AdapterException.Kind.TRANSIENT);
        Instant due = fixture.currentTime().plusSeconds(30);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommands(SUBJECT_RECORDED, step(MemberSystem.SSO, StepState.DONE),
                        new RecordMemberStepCommand(ID, new StepStatus(MemberSystem.MAILBOX, StepState.RETRYING, 1, 3,
                                "service unavailable", due), null))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), StepSaga.retryDeadlineOf(MemberOnboardingSaga.class));
        succeeds(accounts, MemberSystem.MAILBOX);
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
        fails(accounts, MemberSystem.SSO, AdapterException.Kind.TRANSIENT);
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(60), StepSaga.retryDeadlineOf(MemberOnboardingSaga.class));
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
        fails(accounts, MemberSystem.MAILBOX, AdapterException.Kind.REJECTED);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.noneContains(PASSWORD));
    }

    @Test
    void theFailureIsRecordedOnlyOnce() {
        fails(accounts, MemberSystem.SSO, AdapterException.Kind.REJECTED);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Commands.count(RecordMemberProvisioningFailedCommand.class, 1));
    }
}
