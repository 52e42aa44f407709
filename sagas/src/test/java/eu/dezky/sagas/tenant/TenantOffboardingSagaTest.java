package eu.dezky.sagas.tenant;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.RemoveMailingListCommand;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.RecordTenantOperationEndedCommand;
import eu.dezky.api.tenant.RecordTenantOperationStepCommand;
import eu.dezky.api.tenant.TenantMember;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.sagas.CommandsInOrder;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.member.MemberAccounts;
import eu.dezky.sagas.steps.ExternalSystems;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static eu.dezky.sagas.tenant.TenantSuspensionSagaTest.ACME;
import static eu.dezky.sagas.tenant.TenantSuspensionSagaTest.ANN;
import static eu.dezky.sagas.tenant.TenantSuspensionSagaTest.OP;
import static org.mockito.Mockito.mock;

/**
 * The offboarding against the fixture: lists before members, a removal that fails stops the run, the same
 * offboarding started again goes on from that step.
 */
class TenantOffboardingSagaTest {

    static final MailingListId TEAM = new MailingListId(new MailAddress("team@acme.test"));
    static final TenantOffboardingStartedEvent STARTED = new TenantOffboardingStartedEvent(ACME, OP,
            List.of("team@acme.test"), List.of(), List.of(new TenantMember(ANN, "ann@acme.test")), List.of());

    private SagaTestFixture<TenantOffboardingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(TenantOffboardingSaga.class, ExternalSystems.defaults(), mock(MemberAccounts.class));
    }

    static Predicate<Object> step(String system, String target, StepState state) {
        return c -> c instanceof RecordTenantOperationStepCommand s && s.step().target().equals(target)
                && s.step().system().equals(system) && s.step().state() == state;
    }

    static final Predicate<Object> REMOVE_TEAM = c -> c instanceof RemoveMailingListCommand r && r.id().equals(TEAM);

    @Test
    void theListGoesFirstAndItsRemovalIsAwaited() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ACME.slug()).publishes(STARTED)
                .expectActiveSagas(1)
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(REMOVE_TEAM,
                        step("MAILING_LIST", "team@acme.test", StepState.RETRYING)));
    }

    @Test
    void theListRemovedTheMemberIsNext() {
        fixture.givenAggregate(ACME.slug()).published(STARTED)
                .whenAggregate(TEAM.address().value()).publishes(new MailingListRemovedEvent(TEAM, ACME, "x"))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(
                        step("MAILING_LIST", "team@acme.test", StepState.DONE),
                        (Predicate<Object>) c -> c instanceof RemoveMemberCommand r && r.memberId().equals(ANN),
                        step("MEMBER", "ann@acme.test", StepState.RETRYING)));
    }

    @Test
    void aFailedRemovalStopsTheRunAndTheRetryGoesOnFromThere() {
        fixture.givenAggregate(ACME.slug()).published(STARTED)
                .andThenAggregate(TEAM.address().value()).published(new MailingListRemovalFailedEvent(TEAM, ACME,
                        "Stalwart refused", "x"))
                .whenAggregate(ACME.slug()).publishes(STARTED)
                .expectActiveSagas(1)
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(REMOVE_TEAM,
                        step("MAILING_LIST", "team@acme.test", StepState.RETRYING)));
    }

    @Test
    void aFailedRemovalEndsTheOperationWithItsReason() {
        fixture.givenAggregate(ACME.slug()).published(STARTED)
                .whenAggregate(TEAM.address().value()).publishes(new MailingListRemovalFailedEvent(TEAM, ACME,
                        "Stalwart refused", "x"))
                .expectActiveSagas(1)
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(
                        step("MAILING_LIST", "team@acme.test", StepState.FAILED),
                        new RecordTenantOperationEndedCommand(ACME, OP, "Stalwart refused", null)));
    }
}
