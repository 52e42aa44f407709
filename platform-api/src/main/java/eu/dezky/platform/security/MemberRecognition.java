package eu.dezky.platform.security;

import eu.dezky.api.member.MemberView;

import java.util.Locale;

/**
 * Whether a caller is a given member: by the SSO subject recorded at provisioning (the token's {@code sub}), or,
 * failing that, by the token's {@code email} claim equal to the member's mailbox (case-insensitive; a token without
 * the claim matches nobody that way). Two strengths, because a wrong answer costs differently:
 * <ul>
 *   <li>{@link #isCaller} grants rights (an admin-role member administering the tenant), so the e-mail fallback
 *   only applies to a member with no recorded subject: once the subject is known, a token with another subject but
 *   the same e-mail (an SSO user who changed their e-mail) is not that member.</li>
 *   <li>{@link #mayBeCaller} refuses actions on oneself, so either match counts: refusing a doubtful case only
 *   sends the caller to another admin.</li>
 * </ul>
 */
public final class MemberRecognition {

    private MemberRecognition() {
    }

    /** True when the caller is the member for the purpose of granting rights. */
    public static boolean isCaller(Caller caller, MemberView member) {
        return member.ssoSubject() != null ? bySubject(caller, member) : byEmail(caller, member);
    }

    /** True when the caller is, or may well be, the member: the subject or the e-mail claim matches. */
    public static boolean mayBeCaller(Caller caller, MemberView member) {
        return bySubject(caller, member) || byEmail(caller, member);
    }

    private static boolean bySubject(Caller caller, MemberView member) {
        return member.ssoSubject() != null && member.ssoSubject().equals(caller.subject());
    }

    private static boolean byEmail(Caller caller, MemberView member) {
        return caller.email() != null && member.mailbox() != null
                && caller.email().trim().toLowerCase(Locale.ROOT).equals(member.mailbox().toLowerCase(Locale.ROOT));
    }
}
