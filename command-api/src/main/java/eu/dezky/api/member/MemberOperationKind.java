package eu.dezky.api.member;

import java.util.Locale;

/**
 * The lifecycle operations an admin can start on an onboarded member; each runs as its own operation. An
 * {@link #UPDATE} starts with {@link MemberDetailsChangedEvent}, the others with {@link MemberOperationStartedEvent}.
 */
public enum MemberOperationKind {
    /** SSO deactivated (its sessions end), mailbox frozen with the password kept, files account disabled. */
    SUSPEND,
    /** The inverse of {@link #SUSPEND}, in the same order. */
    RESUME,
    /** Ends the member's SSO sessions, and only theirs. */
    LOGOUT,
    /** A new one-time password on SSO and mailbox (files sign in through the SSO). */
    RESET_PASSWORD,
    /** A new display name shown in SSO and files (a PATCH); a role change alone runs with every step skipped. */
    UPDATE;

    /** The operation's name on the wire: {@code member-suspend}, {@code member-reset-password} … */
    public String wireName() {
        return "member-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
