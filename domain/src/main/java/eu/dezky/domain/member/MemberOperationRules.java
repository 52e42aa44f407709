package eu.dezky.domain.member;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberStatus;

import java.util.Locale;

/** Which member status each lifecycle operation needs, and the refusal a person reads when it does not hold. */
final class MemberOperationRules {

    private MemberOperationRules() {
    }

    static void requireAllowed(MemberOperationKind kind, MemberStatus status, MailAddress mailbox) {
        boolean allowed = switch (kind) {
            case SUSPEND, LOGOUT -> status == MemberStatus.ACTIVE;
            case RESUME -> status == MemberStatus.SUSPENDED;
            // a suspended member's password may be reset before resuming them (a compromised account)
            case RESET_PASSWORD -> status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED;
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
        };
    }

    private static String rule(MemberOperationKind kind) {
        return switch (kind) {
            case SUSPEND -> "only an ACTIVE member can be suspended";
            case RESUME -> "only a SUSPENDED member can be resumed";
            // the suspension deactivated the SSO user, which ended every session, and no new one can start
            case LOGOUT -> "only an ACTIVE member has sessions to end; suspending a member ends them all";
            case RESET_PASSWORD -> "only an ACTIVE or SUSPENDED member's password can be reset";
        };
    }
}
