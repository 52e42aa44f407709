package eu.dezky.domain.member;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberOperationStepRecordedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberOperationCompletedCommand;
import eu.dezky.api.member.RecordMemberOperationFailedCommand;
import eu.dezky.api.member.RecordMemberOperationStepCommand;
import eu.dezky.api.member.StartMemberOperationCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static eu.dezky.domain.member.MemberAggregateTest.ACME;
import static eu.dezky.domain.member.MemberAggregateTest.BOB;
import static eu.dezky.domain.member.MemberAggregateTest.CREATED;
import static eu.dezky.domain.member.MemberAggregateTest.ID;

/** The lifecycle rules of a member: which status allows which operation, one at a time, and their outcomes. */
class MemberLifecycleAggregateTest {

    static final String OP = "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e";
    static final String OP2 = "1c8f2a63-6e1d-4b9f-8e6f-3a2b4c5d6e7f";
    static final MemberStepRecordedEvent SSO = step(MemberSystem.SSO, StepState.DONE, "7");
    static final MemberStepRecordedEvent MAILBOX = step(MemberSystem.MAILBOX, StepState.DONE, "m1");
    static final MemberStepRecordedEvent FILES_SKIPPED = step(MemberSystem.FILES, StepState.SKIPPED, null);
    static final MemberProvisionedEvent ACTIVE = new MemberProvisionedEvent(ID, ACME, null);
    static final Map<MemberSystem, String> ACCOUNTS = Map.of(MemberSystem.SSO, "7", MemberSystem.MAILBOX, "m1");

    private FixtureConfiguration<MemberAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MemberAggregate.class);
    }

    static MemberStepRecordedEvent step(MemberSystem system, StepState state, String id) {
        return new MemberStepRecordedEvent(ID, ACME, new StepStatus(system, state, 0, 0, null, null), id, null);
    }

    static MemberOperationStartedEvent started(String op, MemberOperationKind kind) {
        return new MemberOperationStartedEvent(ID, ACME, op, kind, BOB, ACCOUNTS, null);
    }

    static MemberOperationCompletedEvent completed(String op, MemberOperationKind kind) {
        return new MemberOperationCompletedEvent(ID, ACME, op, kind);
    }

    @Test
    void suspendingAnActiveMemberStartsTheOperationWithTheAccountsOnboardingRecorded() {
        fixture.given(CREATED, SSO, MAILBOX, FILES_SKIPPED, ACTIVE)
                .when(new StartMemberOperationCommand(ID, OP, MemberOperationKind.SUSPEND, null))
                .expectEvents(started(OP, MemberOperationKind.SUSPEND));
    }

    @Test
    void anAccountUndoneDuringOnboardingIsNotCarried() {
        fixture.given(CREATED, SSO, MAILBOX, step(MemberSystem.MAILBOX, StepState.COMPENSATED, "m1"), ACTIVE)
                .when(new StartMemberOperationCommand(ID, OP, MemberOperationKind.LOGOUT, null))
                .expectEvents(new MemberOperationStartedEvent(ID, ACME, OP, MemberOperationKind.LOGOUT, BOB,
                        Map.of(MemberSystem.SSO, "7"), null));
    }

    @Test
    void aResetCarriesTheVaultReference() {
        fixture.given(CREATED, SSO, MAILBOX, ACTIVE)
                .when(new StartMemberOperationCommand(ID, OP, MemberOperationKind.RESET_PASSWORD, "ref-9"))
                .expectEvents(new MemberOperationStartedEvent(ID, ACME, OP, MemberOperationKind.RESET_PASSWORD, BOB,
                        ACCOUNTS, "ref-9"));
    }

    @Test
    void aCompletedSuspendMakesTheMemberSuspendedSoOnlyResumeAndResetAreAllowed() {
        fixture.given(CREATED, SSO, MAILBOX, ACTIVE, started(OP, MemberOperationKind.SUSPEND),
                        completed(OP, MemberOperationKind.SUSPEND))
                .when(new StartMemberOperationCommand(ID, OP2, MemberOperationKind.RESUME, null))
                .expectEvents(started(OP2, MemberOperationKind.RESUME));
        fixture.given(CREATED, SSO, MAILBOX, ACTIVE, started(OP, MemberOperationKind.SUSPEND),
                        completed(OP, MemberOperationKind.SUSPEND))
                .when(new StartMemberOperationCommand(ID, OP2, MemberOperationKind.RESET_PASSWORD, "ref"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void suspendingASuspendedMemberIsRejectedNamingTheStatus() {
        rejected(MemberOperationKind.SUSPEND, "their status is SUSPENDED", CREATED, SSO, ACTIVE,
                started(OP, MemberOperationKind.SUSPEND), completed(OP, MemberOperationKind.SUSPEND));
    }

    @Test
    void loggingOutASuspendedMemberIsRejectedBecauseSuspendingEndedTheSessions() {
        rejected(MemberOperationKind.LOGOUT, "suspending a member ends them all", CREATED, SSO, ACTIVE,
                started(OP, MemberOperationKind.SUSPEND), completed(OP, MemberOperationKind.SUSPEND));
    }

    @Test
    void resumingAnActiveMemberIsRejected() {
        rejected(MemberOperationKind.RESUME, "their status is ACTIVE", CREATED, SSO, ACTIVE);
    }

    @Test
    void aCompletedResumeMakesTheMemberActiveAgain() {
        fixture.given(CREATED, SSO, ACTIVE, started(OP, MemberOperationKind.SUSPEND),
                        completed(OP, MemberOperationKind.SUSPEND), started(OP2, MemberOperationKind.RESUME),
                        completed(OP2, MemberOperationKind.RESUME))
                .when(new StartMemberOperationCommand(ID, OP, MemberOperationKind.LOGOUT, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void noOperationWhileProvisioningOrAfterAFailedOnboarding() {
        for (MemberOperationKind kind : MemberOperationKind.values()) {
            rejected(kind, "their status is PROVISIONING", CREATED, SSO);
            rejected(kind, "their status is FAILED", CREATED,
                    new MemberProvisioningFailedEvent(ID, ACME, BOB, "x", null));
        }
    }

    @Test
    void aSecondOperationWhileOneRunsIsRejected() {
        rejected(MemberOperationKind.RESET_PASSWORD, "has a member-suspend operation running", CREATED, SSO, ACTIVE,
                started(OP, MemberOperationKind.SUSPEND));
    }

    @Test
    void aFailedSuspendLeavesTheMemberActiveAndFreeForTheNextOperation() {
        fixture.given(CREATED, SSO, ACTIVE, started(OP, MemberOperationKind.SUSPEND),
                        new MemberOperationFailedEvent(ID, ACME, OP, MemberOperationKind.SUSPEND, "Stalwart refused"))
                .when(new StartMemberOperationCommand(ID, OP2, MemberOperationKind.SUSPEND, null))
                .expectEvents(new MemberOperationStartedEvent(ID, ACME, OP2, MemberOperationKind.SUSPEND, BOB,
                        Map.of(MemberSystem.SSO, "7"), null));
    }

    @Test
    void stepsAndOutcomeAreRecordedForTheRunningOperationOnly() {
        StepStatus done = new StepStatus(MemberSystem.SSO, StepState.DONE, 0, 0, null, null);
        fixture.given(CREATED, SSO, ACTIVE, started(OP, MemberOperationKind.SUSPEND))
                .when(new RecordMemberOperationStepCommand(ID, OP, done))
                .expectEvents(new MemberOperationStepRecordedEvent(ID, ACME, OP, MemberOperationKind.SUSPEND, done));
        fixture.given(CREATED, SSO, ACTIVE, started(OP, MemberOperationKind.SUSPEND))
                .when(new RecordMemberOperationStepCommand(ID, OP2, done))
                .expectNoEvents();
        fixture.given(CREATED, SSO, ACTIVE, started(OP, MemberOperationKind.SUSPEND))
                .when(new RecordMemberOperationFailedCommand(ID, OP, "why"))
                .expectEvents(new MemberOperationFailedEvent(ID, ACME, OP, MemberOperationKind.SUSPEND, "why"));
    }

    @Test
    void theOutcomeIsRecordedOnce() {
        fixture.given(CREATED, SSO, ACTIVE, started(OP, MemberOperationKind.SUSPEND),
                        completed(OP, MemberOperationKind.SUSPEND))
                .when(new RecordMemberOperationCompletedCommand(ID, OP))
                .expectNoEvents();
    }

    private void rejected(MemberOperationKind kind, String message, Object... given) {
        fixture.given(given)
                .when(new StartMemberOperationCommand(ID, OP2, kind, null))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(message));
    }
}
