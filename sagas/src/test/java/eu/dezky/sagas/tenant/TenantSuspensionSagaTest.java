package eu.dezky.sagas.tenant;

import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.StartMemberOperationCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.RecordTenantOperationEndedCommand;
import eu.dezky.api.tenant.RecordTenantOperationStepCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantMember;
import eu.dezky.api.tenant.TenantStepRefusedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import eu.dezky.sagas.CommandsInOrder;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.steps.ExternalSystems;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

/**
 * The tenant's suspension against the fixture: a step per member, each starting the member's own suspend and waiting
 * for its outcome; a member already suspended counts as done, a member whose suspend fails is parked.
 */
class TenantSuspensionSagaTest {

    static final TenantId ACME = new TenantId("acme");
    static final String OP = "4d1f6c8a-1b2c-4d3e-8f90-112233445566";
    static final MemberId ANN = new MemberId("0f8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    static final MemberId BEN = new MemberId("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final TenantSuspendedEvent SUSPENDED = new TenantSuspendedEvent(ACME, OP,
            List.of(new TenantMember(ANN, "ann@acme.test"), new TenantMember(BEN, "ben@acme.test")));

    private SagaTestFixture<TenantSuspensionSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(TenantSuspensionSaga.class, ExternalSystems.defaults());
    }

    static String memberOperation(MemberId member) {
        return ObjectSteps.operationOf(OP, member.value());
    }

    static StartMemberOperationCommand suspend(MemberId member) {
        return new StartMemberOperationCommand(member, memberOperation(member), MemberOperationKind.SUSPEND, null);
    }

    static Predicate<Object> step(String mailbox, StepState state) {
        return c -> c instanceof RecordTenantOperationStepCommand s && s.step().target().equals(mailbox)
                && s.step().system().equals("MEMBER") && s.step().state() == state;
    }

    static MemberOperationCompletedEvent suspendedMember(MemberId member) {
        return new MemberOperationCompletedEvent(member, ACME, memberOperation(member), MemberOperationKind.SUSPEND);
    }

    @Test
    void theFirstMembersSuspendStartsAndTheStepWaitsForIt() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ACME.slug()).publishes(SUSPENDED)
                .expectActiveSagas(1)
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(suspend(ANN),
                        step("ann@acme.test", StepState.RETRYING)));
    }

    @Test
    void eachMembersOutcomeMovesOnToTheNextAndTheLastEndsTheOperation() {
        fixture.givenAggregate(ACME.slug()).published(SUSPENDED)
                .andThenAggregate(ANN.value()).published(suspendedMember(ANN))
                .whenAggregate(BEN.value()).publishes(suspendedMember(BEN))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(step("ben@acme.test", StepState.DONE),
                        new RecordTenantOperationEndedCommand(ACME, OP, null, null)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aMemberAlreadySuspendedCountsAsDone() {
        fixture.givenAggregate(ACME.slug()).published(SUSPENDED)
                .whenAggregate(ACME.slug()).publishes(new TenantStepRefusedEvent(ACME, OP, ANN.value(),
                        "member-suspended", "cannot suspend the member ann@acme.test: their status is SUSPENDED"))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(step("ann@acme.test", StepState.DONE),
                        suspend(BEN), step("ben@acme.test", StepState.RETRYING)));
    }

    @Test
    void aMemberWhoseSuspendFailedIsParkedAndTheOthersGoOn() {
        fixture.givenAggregate(ACME.slug()).published(SUSPENDED)
                .whenAggregate(ANN.value()).publishes(new MemberOperationFailedEvent(ANN, ACME, memberOperation(ANN),
                        MemberOperationKind.SUSPEND, "Stalwart refused: quota"))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(
                        step("ann@acme.test", StepState.NEEDS_ATTENTION), suspend(BEN),
                        step("ben@acme.test", StepState.RETRYING)));
    }
}
