package eu.dezky.sagas.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.sagas.steps.Failure;
import eu.dezky.sagas.steps.StepFailed;

import java.util.List;
import java.util.Map;

/** How the lifecycle saga words its skips and failures, per operation kind, in terms a person can act on. */
record LifecycleWords(MemberOperationKind kind, MailAddress mailbox, Map<MemberSystem, String> accountIds) {

    /** Why {@code system} is not concerned, or null when it is. */
    String skipReason(MemberSystem system, String name) {
        if (kind == MemberOperationKind.LOGOUT && system != MemberSystem.SSO) {
            return "a force logout ends the SSO sessions only";
        }
        if (kind == MemberOperationKind.RESET_PASSWORD && system == MemberSystem.FILES) {
            return "oCIS signs in through the SSO and keeps no password of its own";
        }
        if (accountIds.get(system) == null) {
            return "the member has no " + name + " account (onboarding skipped it)";
        }
        return null;
    }

    String reason(Failure f) {
        String id = accountIds.get(MemberSystem.valueOf(f.step().key()));
        return switch (f.error().kind()) {
            case TRANSIENT -> f.system() + " could not be reached after " + f.attempts() + " attempts (last: "
                    + f.reason() + "); check that it is reachable, then " + again();
            case NOT_FOUND -> f.system() + " no longer has the account " + id + " of " + mailbox
                    + "; an operator must check the member there";
            case CONFLICT, REJECTED -> f.system() + " refused to " + verb() + " the account " + id + " of " + mailbox
                    + ": " + f.reason() + "; fix the cause, then " + again();
        };
    }

    String leftover(Failure f) {
        boolean suspend = kind == MemberOperationKind.SUSPEND;
        return f.system() + " still has the account " + accountIds.get(MemberSystem.valueOf(f.step().key())) + " of "
                + mailbox + (suspend ? " suspended" : " active") + " (" + f.reason() + "); an operator must "
                + (suspend ? "reactivate" : "suspend") + " it there";
    }

    /** What cannot be undone after a failed logout or reset: "; Authentik already took the new password". */
    static String alreadyChanged(MemberOperationKind kind, List<String> systems) {
        if (systems.isEmpty() || kind == MemberOperationKind.SUSPEND || kind == MemberOperationKind.RESUME) {
            return "";
        }
        return "; " + String.join(" and ", systems)
                + (kind == MemberOperationKind.LOGOUT ? " sessions already ended" : " already took the new password");
    }

    static String sessionsEnded(int ended) {
        return ended + (ended == 1 ? " session" : " sessions") + " ended";
    }

    static StepFailed passwordExpired(String system) {
        return new StepFailed("the one-time password expired before " + system + " was reached; reset the password"
                + " again");
    }

    private String verb() {
        return switch (kind) {
            case SUSPEND -> "suspend";
            case RESUME -> "reactivate";
            case LOGOUT -> "end the sessions of";
            case RESET_PASSWORD -> "set the new password on";
            case UPDATE -> "rename";
        };
    }

    private String again() {
        return switch (kind) {
            case SUSPEND -> "suspend the member again";
            case RESUME -> "resume the member again";
            case LOGOUT -> "log the member out again";
            case RESET_PASSWORD -> "reset the password again";
            case UPDATE -> "send the same PATCH again";
        };
    }
}
