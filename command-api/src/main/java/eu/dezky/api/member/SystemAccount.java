package eu.dezky.api.member;

/** The state of the member's account in one system (the view's per-system state). */
public record SystemAccount(MemberSystem system, AccountState state) {
}
