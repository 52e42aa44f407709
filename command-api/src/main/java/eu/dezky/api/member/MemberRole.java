package eu.dezky.api.member;

import eu.dezky.api.common.InvalidValueException;

import java.util.Locale;

/** What a member may do in their tenant. */
public enum MemberRole {
    ADMIN, MEMBER;

    /** Parses the wire form ({@code admin} or {@code member}); anything else is a 400 naming {@code role}. */
    public static MemberRole parse(String raw) {
        InvalidValueException.require(raw != null, "role", "role is required (admin or member)");
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("role", "role must be admin or member, not " + InvalidValueException.quote(raw));
        }
    }
}
