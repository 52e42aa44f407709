package eu.dezky.sagas.member;

import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static eu.dezky.sagas.member.MemberSystems.name;

/**
 * One lifecycle operation on a member (suspend, resume, force logout, reset password), SSO → mailbox → files, on the
 * step engine with onboarding's guarantees: a step given up undoes the done ones in reverse (a suspension by
 * resuming, a resumption by suspending again) and records a failure a person can act on; an undo that keeps failing
 * is parked as needs-attention. Before giving up, a suspend or resume looks at the account: if it already is as
 * wanted (an answer was lost), the step is done. A force logout and a password reset cannot be undone (sessions stay
 * ended, the old password is not known), so their failure says which systems already changed. Systems that are
 * switched off, not concerned by the operation, or where the member has no account are skipped; the words and the
 * lookups are in {@link LifecycleWords}.
 */
public class MemberLifecycleSaga extends MemberOperationSaga {

    @Autowired
    private transient SecretVault vault;

    private MemberOperationKind kind;
    private String secretRef;

    @StartSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(MemberOperationStartedEvent event) {
        kind = event.kind();
        secretRef = event.secretRef();
        start(event.memberId(), event.operationId(), event.mailbox(), event.accounts());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(MemberOperationCompletedEvent event) {
        forgetSecret();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(MemberOperationFailedEvent event) {
        forgetSecret();
    }

    @Override
    protected StepTable steps() {
        LifecycleWords words = new LifecycleWords(kind, mailbox, accountIds);
        return StepTable.compensating(step(MemberSystem.SSO, words), step(MemberSystem.MAILBOX, words),
                step(MemberSystem.FILES, words)).failing(words::reason).leaving(words::leftover);
    }

    private Step step(MemberSystem system, LifecycleWords words) {
        String id = accountIds.get(system);
        Step step = MemberSystems.step(systems, system)
                .skippedBecause(words.skipReason(system, name(systems, system)))
                .invoke(() -> perform(system, id));
        if (kind == MemberOperationKind.SUSPEND || kind == MemberOperationKind.RESUME) {
            AccountState wanted = kind == MemberOperationKind.SUSPEND ? AccountState.SUSPENDED : AccountState.ACTIVE;
            AccountState before = wanted == AccountState.SUSPENDED ? AccountState.ACTIVE : AccountState.SUSPENDED;
            step.withCompensation(() -> revert(system, id))
                    .doneWhen(() -> accounts.state(system, mailbox, id) == wanted ? Done.plain() : null)
                    .undoneWhen(() -> accounts.state(system, mailbox, id) == before ? Done.plain() : null);
        }
        return step;
    }

    /** Does the operation's step in {@code system}; every one is harmless to repeat. */
    private Done perform(MemberSystem system, String id) {
        switch (kind) {
            case SUSPEND -> accounts.suspend(system, id);
            case RESUME -> accounts.resume(system, id);
            case LOGOUT -> {
                return Done.detail(LifecycleWords.sessionsEnded(accounts.logout(id, mailbox)));
            }
            case RESET_PASSWORD -> accounts.setPassword(system, id, vault.read(secretRef)
                    .orElseThrow(() -> LifecycleWords.passwordExpired(name(systems, system))));
        }
        return Done.plain();
    }

    private Done revert(MemberSystem system, String id) {
        if (kind == MemberOperationKind.SUSPEND) {
            accounts.resume(system, id);
        } else {
            accounts.suspend(system, id);
        }
        return Done.plain();
    }

    @Override
    String failureNote(StepEnd end, List<String> stillDone) {
        return LifecycleWords.alreadyChanged(kind, stillDone) + end.leftoverText();
    }

    private void forgetSecret() {
        if (secretRef != null) {
            vault.delete(secretRef);
        }
    }
}
