package eu.dezky.api.partner;

import eu.dezky.api.common.InvalidValueException;

import java.util.Locale;

/** What a partner's staff member may do: admins also manage the staff list; members work in customer tenants. */
public enum StaffRole {
    ADMIN, MEMBER;

    /** The role as the portal sends and receives it: {@code admin} or {@code member}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code admin} / {@code member}; anything else is a 400 naming {@code role}. */
    public static StaffRole parse(String raw) {
        for (StaffRole role : values()) {
            if (role.wireName().equals(raw)) {
                return role;
            }
        }
        throw new InvalidValueException("role", "role must be admin or member");
    }
}
