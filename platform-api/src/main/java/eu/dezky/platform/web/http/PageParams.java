package eu.dezky.platform.web.http;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;

import java.util.Arrays;
import java.util.Locale;

/**
 * The query parameters every list route reads the same way, bound from the query string (all text, so binding never
 * fails and each bad one is a 400 naming it): {@code q} (text, at most {@value #MAX_TEXT} characters), {@code status}
 * (a status in the list's spelling, {@code needs-attention}), {@code sort} (a field, {@code -field} for descending),
 * {@code cursor} (the previous page's {@code nextCursor}) and {@code limit} (1–200, default {@value #DEFAULT_LIMIT}).
 */
public record PageParams(
        @Parameter(description = "case-insensitive text in the list's text fields") String q,
        @Parameter(description = "only entries in this status (e.g. active, needs-attention)") String status,
        @Parameter(description = "the field to sort by; a leading - sorts descending") String sort,
        @Parameter(description = "the previous page's nextCursor") String cursor,
        @Parameter(description = "entries per page, 1-200 (default 50)") String limit) {

    public static final int DEFAULT_LIMIT = 50;
    static final int MAX_TEXT = 100;

    /** The page these parameters ask for, with the list's {@code statuses}. */
    public <E extends Enum<E>> PageRequest request(Class<E> statuses) {
        return read(q, status, statuses, sort, cursor, limit);
    }

    static <E extends Enum<E>> PageRequest read(String q, String status, Class<E> statuses, String sort,
                                                String cursor, String limit) {
        String text = q == null || q.isBlank() ? null : q.strip();
        InvalidValueException.require(text == null || text.length() <= MAX_TEXT, "q",
                "q has at most " + MAX_TEXT + " characters");
        boolean descending = sort != null && sort.startsWith("-");
        String field = sort == null || sort.isBlank() ? null : descending ? sort.substring(1) : sort;
        return new PageRequest(text, status(status, statuses), field, descending,
                cursor == null || cursor.isBlank() ? null : cursor, limit(limit));
    }

    /** The status as the read model stores it (the enum's name); null for none. */
    public static <E extends Enum<E>> String status(String raw, Class<E> statuses) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(statuses.getEnumConstants()).map(Enum::name).filter(name::equals).findFirst()
                .orElseThrow(() -> new InvalidValueException("status", "status must be one of " + String.join(", ",
                        Arrays.stream(statuses.getEnumConstants())
                                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())));
    }

    /** {@code limit}: 1–200, default {@value #DEFAULT_LIMIT}; else a 400 naming it. */
    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= PageRequest.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidValueException("limit", "limit must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
    }
}
