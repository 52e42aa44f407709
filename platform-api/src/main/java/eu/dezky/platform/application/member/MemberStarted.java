package eu.dezky.platform.application.member;

import eu.dezky.api.member.MemberView;

/**
 * A member creation (or link) the engine accepted: the member's and the onboarding operation's ids, the mailbox, the
 * one-time password (this once; null for a linked membership, which keeps the person's password), and the member as
 * the read model shows it — {@code settled} when onboarding ended within the wait, else as it is now (null if the read
 * model does not show it yet).
 */
public record MemberStarted(String memberId, String operationId, String mailbox, String oneTimePassword,
                            MemberView view, boolean settled) {
}
