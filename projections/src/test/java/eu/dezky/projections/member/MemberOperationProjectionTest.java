package eu.dezky.projections.member;

import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberOperationStepRecordedEvent;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.SystemAccount;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Map;

import static eu.dezky.projections.member.MemberProjectionTest.ACME;
import static eu.dezky.projections.member.MemberProjectionTest.BOB;
import static eu.dezky.projections.member.MemberProjectionTest.CREATED;
import static eu.dezky.projections.member.MemberProjectionTest.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Lifecycle operations in the member read model: the latest operation, and the member's status and account states. */
class MemberOperationProjectionTest {

    static final String OP = "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e";
    static final Instant AT = Instant.parse("2026-11-22T03:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MemberProjection members;
    MemberOperationProjection operations;

    @BeforeEach
    void start() {
        members = new MemberProjection(mongo.template(), mock(QueryUpdateEmitter.class));
        operations = new MemberOperationProjection(mongo.template(), mock(QueryUpdateEmitter.class));
        members.on(CREATED, AT);
        for (MemberSystem system : new MemberSystem[]{MemberSystem.SSO, MemberSystem.MAILBOX}) {
            members.on(new MemberStepRecordedEvent(ID, ACME, new StepStatus(system, StepState.DONE, 0, 0, null, null), "x", null));
        }
        members.on(new MemberStepRecordedEvent(ID, ACME,
                new StepStatus(MemberSystem.FILES, StepState.SKIPPED, 0, 0, "oCIS provisioning is switched off", null), null, null));
        members.on(new MemberProvisionedEvent(ID, ACME, null));
    }

    private void step(MemberOperationKind kind, MemberSystem system, StepState state) {
        operations.on(new MemberOperationStepRecordedEvent(ID, ACME, OP, kind,
                new StepStatus(system, state, 0, 0, null, null)));
    }

    @Test
    void aCompletedSuspendShowsTheMemberSuspendedInEverySystemTheyHaveAnAccountIn() {
        assertThat(view().systems()).extracting(SystemAccount::state)
                .containsExactly(AccountState.ACTIVE, AccountState.ACTIVE, AccountState.NONE);
        operations.on(new MemberOperationStartedEvent(ID, ACME, OP, MemberOperationKind.SUSPEND, BOB,
                Map.of(MemberSystem.SSO, "x", MemberSystem.MAILBOX, "x"), null), AT);
        assertThat(view().operation().status()).isEqualTo(OperationStatus.RUNNING);
        step(MemberOperationKind.SUSPEND, MemberSystem.SSO, StepState.DONE);
        step(MemberOperationKind.SUSPEND, MemberSystem.MAILBOX, StepState.DONE);
        step(MemberOperationKind.SUSPEND, MemberSystem.FILES, StepState.SKIPPED);
        operations.on(new MemberOperationCompletedEvent(ID, ACME, OP, MemberOperationKind.SUSPEND));

        MemberView view = view();
        assertThat(view.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(view.systems()).extracting(SystemAccount::state)
                .containsExactly(AccountState.SUSPENDED, AccountState.SUSPENDED, AccountState.NONE);
        MemberOperationView operation = view.operation();
        assertThat(operation.id()).isEqualTo(OP);
        assertThat(operation.kind()).isEqualTo("member-suspend");
        assertThat(operation.status()).isEqualTo(OperationStatus.DONE);
        assertThat(operation.steps()).extracting(StepStatus::state)
                .containsExactly(StepState.DONE, StepState.DONE, StepState.SKIPPED);
    }

    @Test
    void anUndoneSuspendLeavesTheAccountsActiveAndTheFailureVisible() {
        operations.on(new MemberOperationStartedEvent(ID, ACME, OP, MemberOperationKind.SUSPEND, BOB, Map.of(), null), AT);
        step(MemberOperationKind.SUSPEND, MemberSystem.SSO, StepState.DONE);
        assertThat(view().systems().get(0).state()).isEqualTo(AccountState.SUSPENDED);
        step(MemberOperationKind.SUSPEND, MemberSystem.MAILBOX, StepState.FAILED);
        step(MemberOperationKind.SUSPEND, MemberSystem.SSO, StepState.COMPENSATED);
        operations.on(new MemberOperationFailedEvent(ID, ACME, OP, MemberOperationKind.SUSPEND, "Stalwart refused"));

        MemberView view = view();
        assertThat(view.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(view.systems().get(0).state()).isEqualTo(AccountState.ACTIVE);
        assertThat(view.operation().status()).isEqualTo(OperationStatus.FAILED);
        assertThat(view.operation().reason()).isEqualTo("Stalwart refused");
    }

    private MemberView view() {
        return members.handle(new FindMemberQuery(ACME, ID));
    }
}
