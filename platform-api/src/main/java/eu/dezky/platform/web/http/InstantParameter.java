package eu.dezky.platform.web.http;

import eu.dezky.api.common.InvalidValueException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** An instant in a query parameter: ISO-8601 with {@code Z} or an offset; anything else is a 400 naming the field. */
public final class InstantParameter {

    private InstantParameter() {
    }

    /** The instant, or null when the parameter is absent or blank. */
    public static Instant parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(raw.trim()).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidValueException(field, field + " must be an ISO-8601 instant such as"
                        + " 2026-03-01T10:00:00Z, not '" + raw + "'");
            }
        }
    }
}
