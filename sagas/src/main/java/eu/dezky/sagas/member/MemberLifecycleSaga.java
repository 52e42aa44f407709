package eu.dezky.sagas.member;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
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
import eu.dezky.sagas.Attempts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static eu.dezky.sagas.member.MemberSystems.name;
import static eu.dezky.sagas.member.MemberSystems.next;

/**
 * One lifecycle operation on a member (suspend, resume, force logout, reset password), SSO → mailbox → files, with
 * the same guarantees as onboarding: transient failures retry on a deadline with exponential backoff, a permanent
 * failure or exhausted attempts undoes the done steps in reverse (a suspension by resuming, a resumption by
 * suspending again) and records a failure a person can act on; an undo that keeps failing is parked as
 * needs-attention. A force logout and a password reset cannot be undone (sessions stay ended, the old password is
 * not known), so their failure says which systems already changed. Systems that are switched off, not concerned by
 * the operation, or where the member has no account are recorded as skipped. A new password is read from the vault
 * at each step, never kept here, and its vault entry is deleted when the saga ends.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MemberLifecycleSaga {

    static final String RETRY = "member-lifecycle-retry";

    @Autowired
    private transient MemberAccounts accounts;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient MemberSagaSettings settings;
    @Autowired
    private transient SecretVault vault;

    private MemberId memberId;
    private String operationId;
    private MemberOperationKind kind;
    private MailAddress mailbox;
    private final Map<MemberSystem, String> accountIds = new EnumMap<>(MemberSystem.class);
    private String secretRef;
    private MemberSystem current;
    private Attempts attempts = Attempts.NONE;
    private final List<MemberSystem> done = new ArrayList<>();
    private String failure;
    private String leftovers = "";

    @StartSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(MemberOperationStartedEvent event) {
        memberId = event.memberId();
        operationId = event.operationId();
        kind = event.kind();
        mailbox = event.mailbox();
        accountIds.putAll(event.accounts());
        secretRef = event.secretRef();
        current = MemberSystem.SSO;
        run();
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        if (failure == null) {
            run();
        } else {
            compensate();
        }
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

    /** Resumes at the current step; every step is idempotent, so repeating a half-done one is safe. */
    private void run() {
        while (current != null) {
            String skipped = skipReason(current);
            if (skipped != null) {
                report(current, StepState.SKIPPED, 0, skipped);
            } else {
                String password = null;
                if (kind == MemberOperationKind.RESET_PASSWORD) {
                    password = vault.read(secretRef).orElse(null);
                    if (password == null) {
                        fail("the one-time password expired before " + name(current) + " was reached; reset the"
                                + " password again");
                        return;
                    }
                }
                try {
                    String detail = perform(current, accountIds.get(current), password);
                    done.add(current);
                    report(current, StepState.DONE, 0, detail);
                } catch (AdapterException e) {
                    onFailure(e);
                    return;
                }
            }
            attempts = Attempts.NONE;
            current = next(current);
        }
        commandGateway.send(new RecordMemberOperationCompletedCommand(memberId, operationId));
    }

    private String skipReason(MemberSystem system) {
        if (!settings.enabled(system)) {
            return name(system) + " provisioning is switched off";
        }
        if (kind == MemberOperationKind.LOGOUT && system != MemberSystem.SSO) {
            return "a force logout ends the SSO sessions only";
        }
        if (kind == MemberOperationKind.RESET_PASSWORD && system == MemberSystem.FILES) {
            return "oCIS signs in through the SSO and keeps no password of its own";
        }
        if (accountIds.get(system) == null) {
            return "the member has no " + name(system) + " account (onboarding skipped it)";
        }
        return null;
    }

    /** Does the operation's step in {@code system}; answers a detail worth showing, or null. */
    private String perform(MemberSystem system, String id, String password) {
        switch (kind) {
            case SUSPEND -> accounts.suspend(system, id);
            case RESUME -> accounts.resume(system, id);
            case LOGOUT -> {
                int ended = accounts.logout(id, mailbox);
                return ended + (ended == 1 ? " session" : " sessions") + " ended";
            }
            case RESET_PASSWORD -> accounts.setPassword(system, id, password);
        }
        return null;
    }

    private void onFailure(AdapterException e) {
        String id = accountIds.get(current);
        switch (e.kind()) {
            case TRANSIENT -> {
                attempts = attempts.failed();
                if (!attempts.allowRetry(settings.attempts(current))) {
                    fail(name(current) + " could not be reached after " + attempts.count() + " attempts (last: "
                            + e.reason() + "); check that it is reachable, then " + again());
                    return;
                }
                report(current, StepState.RETRYING, attempts.count(), e.reason());
                deadlineManager.schedule(attempts.nextDelay(settings.backoff(), e), RETRY);
            }
            case NOT_FOUND -> fail(name(current) + " no longer has the account " + id + " of " + mailbox
                    + "; an operator must check the member there");
            case CONFLICT, REJECTED -> fail(name(current) + " refused to " + verb() + " the account " + id + " of "
                    + mailbox + ": " + e.reason() + "; fix the cause, then " + again());
        }
    }

    private void fail(String reason) {
        report(current, StepState.FAILED, attempts.count(), reason);
        failure = reason;
        attempts = Attempts.NONE;
        compensate();
    }

    /** Undoes the done steps in reverse where that is possible, then records the failure. */
    private void compensate() {
        boolean undoable = kind == MemberOperationKind.SUSPEND || kind == MemberOperationKind.RESUME;
        if (!undoable && !done.isEmpty()) {
            leftovers = "; " + String.join(" and ", done.stream().map(MemberSystems::name).toList())
                    + (kind == MemberOperationKind.LOGOUT ? " sessions already ended" : " already took the new password");
            done.clear();
        }
        List<MemberSystem> reversed = new ArrayList<>(done);
        Collections.reverse(reversed);
        for (MemberSystem system : reversed) {
            String id = accountIds.get(system);
            try {
                if (kind == MemberOperationKind.SUSPEND) {
                    accounts.resume(system, id);
                } else {
                    accounts.suspend(system, id);
                }
            } catch (AdapterException e) {
                // an account gone meanwhile has nothing left to undo
                if (e.kind() != AdapterException.Kind.NOT_FOUND) {
                    attempts = attempts.failed();
                    if (e.kind() == AdapterException.Kind.TRANSIENT && attempts.allowRetry(settings.attempts(system))) {
                        report(system, StepState.RETRYING, attempts.count(), "undoing: " + e.reason());
                        deadlineManager.schedule(attempts.nextDelay(settings.backoff(), e), RETRY);
                        return;
                    }
                    String left = name(system) + " still has the account " + id + " of " + mailbox
                            + (kind == MemberOperationKind.SUSPEND ? " suspended" : " active") + " (" + e.reason()
                            + "); an operator must " + (kind == MemberOperationKind.SUSPEND ? "reactivate" : "suspend")
                            + " it there";
                    report(system, StepState.NEEDS_ATTENTION, attempts.count(), left);
                    leftovers += "; " + left;
                    done.remove(system);
                    attempts = Attempts.NONE;
                    continue;
                }
            }
            done.remove(system);
            attempts = Attempts.NONE;
            report(system, StepState.COMPENSATED, 0, null);
        }
        commandGateway.send(new RecordMemberOperationFailedCommand(memberId, operationId, failure + leftovers));
    }

    private void forgetSecret() {
        if (secretRef != null) {
            vault.delete(secretRef);
        }
    }

    private void report(MemberSystem system, StepState state, int attempt, String detail) {
        commandGateway.send(new RecordMemberOperationStepCommand(memberId, operationId,
                MemberSystems.status(settings, system, state, attempt, detail)));
    }

    private String verb() {
        return switch (kind) {
            case SUSPEND -> "suspend";
            case RESUME -> "reactivate";
            case LOGOUT -> "end the sessions of";
            case RESET_PASSWORD -> "set the new password on";
        };
    }

    private String again() {
        return switch (kind) {
            case SUSPEND -> "suspend the member again";
            case RESUME -> "resume the member again";
            case LOGOUT -> "log the member out again";
            case RESET_PASSWORD -> "reset the password again";
        };
    }
}
