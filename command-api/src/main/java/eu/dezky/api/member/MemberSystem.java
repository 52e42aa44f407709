package eu.dezky.api.member;

/** The external systems a member is provisioned in, in the onboarding order. */
public enum MemberSystem {
    /** Authentik: the SSO identity. */
    SSO,
    /** Stalwart: the mailbox. */
    MAILBOX,
    /** oCIS: the file-storage account. */
    FILES
}
