package eu.dezky.domain.member;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberStatus;

import java.util.Locale;

/**
 * Which member status each lifecycle operation and the removal need, and the refusal a person reads when it does not
 * hold: one operation at a time, none on a linked membership (it shares the accounts of the person's home tenant).
 */
final class MemberOperationRules {

    private MemberOperationRules() {
    }

    static void requireNotLinked(boolean linked, MailAddress mailbox) {
        if (linked) {
            throw new RuleViolationException("member-linked", "the member " + mailbox + " shares the person's"
                    + " accounts with their membership in another tenant; suspend, resume, log out or reset the"
                    + " password there, or remove this membership");
        }
    }

    static void requireNoneRunning(String runningOperation, MemberOperationKind runningKind, MailAddress mailbox) {
        if (runningOperation != null) {
            throw new RuleViolationException("operation-running", "the member " + mailbox + " has a "
                    + runningKind.wireName() + " operation running (" + runningOperation + "); wait until it ends");
        }
    }

    /**
     * Whether a removal starts: from ACTIVE, SUSPENDED or FAILED (a failed onboarding may have left accounts that
     * need attention); a removal running or done makes it a no-op; an onboarding still running refuses it.
     */
    static boolean removalStarts(MemberStatus status, MailAddress mailbox) {
        return switch (status) {
            case PROVISIONING -> throw new RuleViolationException("member-busy", "the member " + mailbox
                    + " is still being provisioned; remove them once onboarding has finished (active or failed)");
            case REMOVING, REMOVED -> false;
            default -> true;
        };
    }

    static void requireAllowed(MemberOperationKind kind, MemberStatus status, MailAddress mailbox) {
        boolean allowed = switch (kind) {
            case SUSPEND, LOGOUT -> status == MemberStatus.ACTIVE;
            case RESUME -> status == MemberStatus.SUSPENDED;
            // a suspended member's password may be reset before resuming them (a compromised account)
            case RESET_PASSWORD, UPDATE -> status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED;
        };
        if (!allowed) {
            throw new RuleViolationException("member-" + status.name().toLowerCase(Locale.ROOT), "cannot "
                    + verb(kind) + " the member " + mailbox + ": their status is " + status + " (" + rule(kind) + ")");
        }
    }

    private static String verb(MemberOperationKind kind) {
        return switch (kind) {
            case SUSPEND -> "suspend";
            case RESUME -> "resume";
            case LOGOUT -> "log out";
            case RESET_PASSWORD -> "reset the password of";
            case UPDATE -> "change";
        };
    }

    private static String rule(MemberOperationKind kind) {
        return switch (kind) {
            case SUSPEND -> "only an ACTIVE member can be suspended";
            case RESUME -> "only a SUSPENDED member can be resumed";
            // the suspension deactivated the SSO user, which ended every session, and no new one can start
            case LOGOUT -> "only an ACTIVE member has sessions to end; suspending a member ends them all";
            case RESET_PASSWORD -> "only an ACTIVE or SUSPENDED member's password can be reset";
            case UPDATE -> "only an ACTIVE or SUSPENDED member can be changed";
        };
    }
}
