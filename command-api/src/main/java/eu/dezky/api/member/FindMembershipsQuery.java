package eu.dezky.api.member;

/**
 * Asks for every member, in any tenant, who may be the caller: recorded SSO subject {@code subject}, or mailbox
 * {@code email} (null: no e-mail claim). Answered with a {@link MemberList}; the caller decides which really are them.
 */
public record FindMembershipsQuery(String subject, String email) {
}
