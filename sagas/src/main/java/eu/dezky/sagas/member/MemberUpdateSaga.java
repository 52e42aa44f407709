package eu.dezky.sagas.member;

import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Failure;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;

import java.util.List;

import static eu.dezky.sagas.member.MemberSystems.name;

/**
 * A member PATCH ({@code member-update}): a new display name goes to the SSO user and the files account, on the step
 * engine like the other lifecycle operations. The mailbox keeps the name it was created with, and the role maps to no
 * attribute anywhere (onboarding propagates none), so a role change alone ends with every step skipped. A rename is
 * not undone when a later step gives up: the engine already holds the new name, so the failure says which systems
 * show it and that repeating the PATCH finishes the job (each rename is harmless to repeat).
 */
public class MemberUpdateSaga extends MemberOperationSaga {

    private String displayName;

    @StartSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(MemberDetailsChangedEvent event) {
        displayName = event.displayName();
        start(event.memberId(), event.operationId(), event.mailbox(), event.accounts());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(MemberOperationCompletedEvent event) {
        // the operation is over; nothing is kept
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(MemberOperationFailedEvent event) {
        // the operation is over; nothing is kept
    }

    @Override
    protected StepTable steps() {
        return StepTable.compensating(step(MemberSystem.SSO), step(MemberSystem.MAILBOX), step(MemberSystem.FILES))
                .failing(this::reason);
    }

    private Step step(MemberSystem system) {
        String id = accountIds.get(system);
        return MemberSystems.step(systems, system).skippedBecause(skipReason(system, id))
                .invoke(() -> {
                    accounts.rename(system, id, displayName);
                    return Done.plain();
                });
    }

    /** Why {@code system} is not concerned, or null when the new name goes there. */
    private String skipReason(MemberSystem system, String id) {
        if (displayName == null) {
            return "the display name did not change (the role is kept by the engine only)";
        }
        if (system == MemberSystem.MAILBOX) {
            return "the mailbox keeps the name it was created with";
        }
        return id == null ? "the member has no " + name(systems, system) + " account (onboarding skipped it)" : null;
    }

    private String reason(Failure f) {
        return f.system() + " did not take the new display name of " + mailbox + " after " + f.attempts()
                + (f.attempts() == 1 ? " attempt" : " attempts") + " (" + f.reason() + "); fix the cause, then send"
                + " the same PATCH again";
    }

    @Override
    String failureNote(StepEnd end, List<String> stillDone) {
        return stillDone.isEmpty() ? "" : "; " + String.join(" and ", stillDone) + " already show it";
    }
}
