package eu.dezky.api.tenant;

import eu.dezky.api.common.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a tenant stands: ACTIVE from its creation; SUSPENDED from a suspension until a resumption (its admins may read,
 * not change); OFFBOARDING while its objects are removed, OFFBOARDED once they are (the slug stays taken).
 */
public enum TenantStatus {
    ACTIVE, SUSPENDED, OFFBOARDING, OFFBOARDED;

    /** Parses a status filter such as {@code active}; anything else is a 400 naming {@code status}. */
    public static TenantStatus parse(String raw) {
        for (TenantStatus status : values()) {
            if (status.name().equals(raw == null ? null : raw.toUpperCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new InvalidValueException("status", "status must be one of " + Arrays.toString(values()));
    }
}
