package eu.dezky.api.member;

/**
 * A member's account in one system as the portal shows it. {@code SUSPENDED} means: SSO user inactive, mailbox
 * frozen (password kept), files account disabled.
 */
public enum AccountState {
    /** Onboarding has not reached the system yet. */
    PENDING,
    ACTIVE,
    SUSPENDED,
    /** The member has no account there (the integration is off, or onboarding failed and undid it). */
    NONE
}
