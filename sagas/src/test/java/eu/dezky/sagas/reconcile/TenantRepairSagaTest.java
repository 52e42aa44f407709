package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberAccountRepairedCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.RecordTenantRepairStepCommand;
import eu.dezky.api.reconcile.RecordTenantRepairedCommand;
import eu.dezky.api.reconcile.RepairItem;
import eu.dezky.api.reconcile.StartTenantReconciliationCommand;
import eu.dezky.api.reconcile.TenantRepairStartedEvent;
import eu.dezky.api.reconcile.TenantRepairedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.CommandsInOrder;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.TestSystems;
import eu.dezky.sagas.member.MapVault;
import eu.dezky.sagas.steps.Done;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TenantRepairSagaTest {

    static final TenantId ACME = new TenantId("acme");
    static final String OP = "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e";
    static final RepairItem MAILBOX = new RepairItem("stalwart",
            Difference.missing("mailbox", "bob@acme.test", "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"), "Bob", true, List.of(), "ref-1");
    static final RepairItem ORPHAN = new RepairItem("authentik",
            Difference.orphaned("user", "ghost@acme.test", "42"), null, false, List.of(), null);
    static final RepairItem DKIM = new RepairItem("stalwart", Difference.missing("dkim", "acme.test", null), null,
            false, List.of(), null);

    private final Repairs repairs = mock(Repairs.class);
    private final MapVault vault = new MapVault("ref-1", "Xy7!pass-word-1234");
    private SagaTestFixture<TenantRepairSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(TenantRepairSaga.class, repairs, vault, TestSystems.withAttempts(2));
    }

    private static Predicate<Object> step(String target, StepState state) {
        return c -> c instanceof RecordTenantRepairStepCommand s && s.step().target().equals(target)
                && s.step().state() == state;
    }

    private static Predicate<Object> ended(String reasonPart) {
        return c -> c instanceof RecordTenantRepairedCommand r && (reasonPart == null ? r.reason() == null
                : r.reason() != null && r.reason().contains(reasonPart));
    }

    private static final Predicate<Object> RECONCILED_AGAIN = c -> c instanceof StartTenantReconciliationCommand s
            && s.scheduled();

    @Test
    void aMissingMailboxIsRecreatedWithTheVaultPasswordAndItsNewIdIsRecordedOnTheMember() {
        when(repairs.recreate("acme", MAILBOX, MemberSystem.MAILBOX, "Xy7!pass-word-1234"))
                .thenReturn(new Repairs.Recreated(MemberSystem.MAILBOX, "m9", null));
        when(repairs.removeOrphan("acme", ORPHAN)).thenReturn(Done.detail("removed"));
        fixture.givenNoPriorActivity()
                .whenAggregate(ACME.slug()).publishes(new TenantRepairStartedEvent(ACME, OP, List.of(MAILBOX, ORPHAN,
                        DKIM)))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(
                        new RecordMemberAccountRepairedCommand(new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"), MemberSystem.MAILBOX, "m9", null,
                                OP),
                        step("bob@acme.test", StepState.DONE),
                        step("ghost@acme.test", StepState.DONE),
                        step("acme.test", StepState.SKIPPED),
                        ended(null), RECONCILED_AGAIN));
    }

    @Test
    void aStepThatKeepsFailingIsParkedAndTheOthersStillRun() {
        doThrow(new AdapterException(AdapterException.Kind.REJECTED, "authentik", 403, "refused", null, null))
                .when(repairs).removeOrphan("acme", ORPHAN);
        when(repairs.recreate(eq("acme"), eq(MAILBOX), eq(MemberSystem.MAILBOX), any()))
                .thenReturn(new Repairs.Recreated(MemberSystem.MAILBOX, "m9", null));
        fixture.givenNoPriorActivity()
                .whenAggregate(ACME.slug()).publishes(new TenantRepairStartedEvent(ACME, OP, List.of(ORPHAN, MAILBOX)))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(
                        step("ghost@acme.test", StepState.NEEDS_ATTENTION),
                        (Predicate<Object>) c -> c instanceof RecordMemberAccountRepairedCommand,
                        step("bob@acme.test", StepState.DONE),
                        ended("could not put"), RECONCILED_AGAIN));
    }

    @Test
    void aTransientFailureIsRetriedByDeadline() {
        doThrow(new AdapterException(AdapterException.Kind.TRANSIENT, "authentik", 503, "down", null, null))
                .doReturn(Done.detail("removed")).when(repairs).removeOrphan("acme", ORPHAN);
        fixture.givenNoPriorActivity()
                .whenAggregate(ACME.slug()).publishes(new TenantRepairStartedEvent(ACME, OP, List.of(ORPHAN)))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(step("ghost@acme.test", StepState.RETRYING)));
        fixture.whenTimeElapses(Duration.ofMinutes(1))
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder(step("ghost@acme.test", StepState.DONE),
                        ended(null), RECONCILED_AGAIN));
    }

    @Test
    void theVaultEntryGoesWhenTheRepairIsRecorded() {
        when(repairs.recreate(eq("acme"), eq(MAILBOX), eq(MemberSystem.MAILBOX), any()))
                .thenReturn(new Repairs.Recreated(MemberSystem.MAILBOX, "m9", null));
        fixture.givenAggregate(ACME.slug()).published(new TenantRepairStartedEvent(ACME, OP, List.of(MAILBOX)))
                .whenAggregate(ACME.slug()).publishes(new TenantRepairedEvent(ACME, OP, null))
                .expectActiveSagas(0)
                .expectDispatchedCommandsMatching(CommandsInOrder.inOrder());
        verify(repairs).recreate("acme", MAILBOX, MemberSystem.MAILBOX, "Xy7!pass-word-1234");
        assertThat(vault.secrets).doesNotContainKey("ref-1");
    }
}
