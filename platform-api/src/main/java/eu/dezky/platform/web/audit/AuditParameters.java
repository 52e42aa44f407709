package eu.dezky.platform.web.audit;

import eu.dezky.api.audit.AuditFilter;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.web.http.InstantParameter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The audit routes' query parameters ({@code ?from=&to=&type=&actor=&target=&cursor=&limit=}, bound by Spring MVC as
 * plain text), checked: a bad value is a 400 naming the parameter. {@code type} may repeat or list several types
 * separated by commas; {@code limit} is 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}.
 */
record AuditParameters(String from, String to, List<String> type, String actor, String target, String cursor,
                       String limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    AuditFilter filter(TenantId tenant) {
        Instant start = InstantParameter.parse("from", from);
        Instant end = InstantParameter.parse("to", to);
        InvalidValueException.require(start == null || end == null || !start.isAfter(end), "from",
                "from must not be after to");
        List<String> types = type == null ? List.of() : type.stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).filter(t -> !t.isEmpty())
                .toList();
        types.forEach(t -> InvalidValueException.require(t.matches("[A-Za-z][A-Za-z0-9]{0,99}"), "type",
                "type must be an event type such as MemberOperationCompleted, not '" + t + "'"));
        return new AuditFilter(tenant, start, end, types, blankToNull(actor), blankToNull(target));
    }

    Long before() {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(cursor.trim());
            InvalidValueException.require(value >= 0, "cursor", "cursor must be a value a previous page gave");
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cursor", "cursor must be a value a previous page gave");
        }
    }

    int pageSize() {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            InvalidValueException.require(value >= 1 && value <= MAX_LIMIT, "limit",
                    "limit must be between 1 and " + MAX_LIMIT);
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("limit", "limit must be a whole number between 1 and " + MAX_LIMIT);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
