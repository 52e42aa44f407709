package eu.dezky.platform.web.member;

import eu.dezky.api.member.MemberView;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.security.MemberRecognition;

/**
 * A caller cannot suspend, force-logout or remove themself (ARCHITECTURE.md, security rules): an admin who did
 * would lock themself out, or the tenant out of its last admin. Every member route that acts on a member calls
 * {@link #refuseSelf} before sending its command; who the caller is follows {@link MemberRecognition#mayBeCaller}
 * (SSO subject, or the token's e-mail claim equal to the mailbox), whatever the caller's audience.
 */
final class SelfActions {

    private SelfActions() {
    }

    /**
     * Throws {@link SelfActionException} (403, "you cannot {action} yourself; ask another admin of the tenant") when
     * {@code caller} is {@code target}. {@code action} is the verb as the message should say it: "suspend",
     * "force-logout", "remove".
     */
    static void refuseSelf(Caller caller, MemberView target, String action) {
        if (MemberRecognition.mayBeCaller(caller, target)) {
            throw new SelfActionException(action);
        }
    }
}
