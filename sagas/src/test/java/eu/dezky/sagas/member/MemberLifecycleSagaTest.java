package eu.dezky.sagas.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberOperationCompletedCommand;
import eu.dezky.api.member.RecordMemberOperationFailedCommand;
import eu.dezky.api.member.RecordMemberOperationStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.steps.ExternalSystems;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The lifecycle saga's branches (suspend, resume, force logout, reset password) against mocked accounts. */
class MemberLifecycleSagaTest {

    static final MemberId ID = MemberOnboardingSagaTest.ID;
    static final String AGGREGATE = ID.value();
    static final String OP = "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e";
    static final MailAddress BOB = MemberOnboardingSagaTest.BOB;
    static final TenantId ACME = new TenantId("acme");
    static final String REF = "vault-ref-2";
    static final String PASSWORD = "Qz8!new-one-time-password";
    static final Map<MemberSystem, String> IDS = MemberOnboardingSagaTest.IDS;
    static final ExternalSystems SYSTEMS = MemberOnboardingSagaTest.SYSTEMS;

    private final MemberAccounts accounts = mock(MemberAccounts.class);
    private final MapVault vault = new MapVault(REF, PASSWORD);
    private final Map<String, String> secrets = vault.secrets;
    private SagaTestFixture<MemberLifecycleSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberLifecycleSaga.class, accounts, SYSTEMS, vault);
    }

    static MemberOperationStartedEvent started(MemberOperationKind kind) {
        return started(kind, IDS);
    }

    static MemberOperationStartedEvent started(MemberOperationKind kind, Map<MemberSystem, String> ids) {
        return new MemberOperationStartedEvent(ID, ACME, OP, kind, BOB, ids,
                kind == MemberOperationKind.RESET_PASSWORD ? REF : null);
    }

    static RecordMemberOperationStepCommand step(MemberSystem system, StepState state) {
        return new RecordMemberOperationStepCommand(ID, OP, new StepStatus(system, state, 0, 3, null, null));
    }

    static Predicate<Object> step(MemberSystem system, StepState state, String detail) {
        return c -> c instanceof RecordMemberOperationStepCommand s && s.step().system() == system
                && s.step().state() == state && s.step().detail() != null && s.step().detail().contains(detail);
    }

    static Predicate<Object> failed(String reason) {
        return c -> c instanceof RecordMemberOperationFailedCommand f && f.operationId().equals(OP)
                && f.reason().contains(reason);
    }

    static final RecordMemberOperationCompletedCommand COMPLETED = new RecordMemberOperationCompletedCommand(ID, OP);

    @Test
    void aSuspendDeactivatesSsoThenFreezesTheMailboxThenDisablesFiles() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.SUSPEND))
                .expectActiveSagas(1)
                .expectDispatchedCommands(step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.DONE), step(MemberSystem.FILES, StepState.DONE), COMPLETED)
                .expectNoScheduledDeadlines();
        var order = inOrder(accounts);
        order.verify(accounts).suspend(MemberSystem.SSO, "7");
        order.verify(accounts).suspend(MemberSystem.MAILBOX, "m1");
        order.verify(accounts).suspend(MemberSystem.FILES, "f1");
    }

    @Test
    void aResumeMakesTheInverseCallsInTheSameOrder() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.RESUME))
                .expectDispatchedCommands(step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.DONE), step(MemberSystem.FILES, StepState.DONE), COMPLETED);
        var order = inOrder(accounts);
        order.verify(accounts).resume(MemberSystem.SSO, "7");
        order.verify(accounts).resume(MemberSystem.MAILBOX, "m1");
        order.verify(accounts).resume(MemberSystem.FILES, "f1");
    }

    @Test
    void aForceLogoutEndsTheSsoSessionsOnlyAndSaysHowMany() {
        when(accounts.logout("7", BOB)).thenReturn(2);
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.LOGOUT))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.DONE, "2 sessions ended"),
                        step(MemberSystem.MAILBOX, StepState.SKIPPED, "SSO sessions only"),
                        step(MemberSystem.FILES, StepState.SKIPPED, "SSO sessions only"), COMPLETED));
    }

    @Test
    void aPasswordResetSetsTheVaultPasswordOnSsoAndMailboxAndSkipsFiles() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.RESET_PASSWORD))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.DONE), step(MemberSystem.MAILBOX, StepState.DONE),
                        step(MemberSystem.FILES, StepState.SKIPPED, "oCIS signs in through the SSO"), COMPLETED))
                .expectDispatchedCommandsMatching(Commands.noneContains(PASSWORD));
        verify(accounts).setPassword(MemberSystem.SSO, "7", PASSWORD);
        verify(accounts).setPassword(MemberSystem.MAILBOX, "m1", PASSWORD);
    }

    @Test
    void theSagaEndsOnItsOutcomeAndDeletesTheVaultEntry() {
        fixture.givenAggregate(AGGREGATE).published(started(MemberOperationKind.RESET_PASSWORD))
                .whenAggregate(AGGREGATE).publishes(new MemberOperationCompletedEvent(ID, ACME, OP,
                        MemberOperationKind.RESET_PASSWORD))
                .expectActiveSagas(0);
        assertThat(secrets).isEmpty();
    }

    @Test
    void theSagaAlsoEndsOnARecordedFailure() {
        fixture.givenAggregate(AGGREGATE).published(started(MemberOperationKind.SUSPEND))
                .whenAggregate(AGGREGATE).publishes(new MemberOperationFailedEvent(ID, ACME, OP,
                        MemberOperationKind.SUSPEND, "x"))
                .expectActiveSagas(0);
    }

    @Test
    void switchedOffSystemsAndMissingAccountsAreSkippedWithoutBeingCalled() {
        fixture.registerResource(SYSTEMS.withStalwart(SYSTEMS.stalwart().withEnabled(false)));
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(started(MemberOperationKind.SUSPEND,
                        Map.of(MemberSystem.SSO, "7", MemberSystem.MAILBOX, "m1")))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.SKIPPED, "Stalwart provisioning is switched off"),
                        step(MemberSystem.FILES, StepState.SKIPPED, "no oCIS account (onboarding skipped it)"),
                        COMPLETED));
        verify(accounts, never()).suspend(MemberSystem.MAILBOX, "m1");
        verify(accounts, never()).suspend(any(), org.mockito.ArgumentMatchers.isNull());
    }
}
