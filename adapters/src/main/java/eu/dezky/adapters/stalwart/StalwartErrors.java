package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps Stalwart's failures to {@link StalwartException.Kind}: SetError {@code primaryKeyViolation} and
 * {@code objectIsLinked} are conflicts (the latter with its linked objects), {@code notFound} is not
 * found, schema and permission errors are rejections carrying the vendor's description; HTTP 5xx,
 * 429, timeouts and broken connections are transient.
 */
final class StalwartErrors {

    private StalwartErrors() {
    }

    static StalwartException setError(String method, String id, JsonNode error) {
        String type = error.path("type").asText("unknown");
        StalwartException.Kind kind = switch (type) {
            case "primaryKeyViolation", "objectIsLinked" -> StalwartException.Kind.CONFLICT;
            case "notFound" -> StalwartException.Kind.NOT_FOUND;
            default -> StalwartException.Kind.REJECTED;
        };
        List<String> properties = new ArrayList<>();
        error.path("properties").forEach(p -> properties.add(p.asText()));
        List<LinkedObject> linked = new ArrayList<>();
        error.path("linkedObjects").forEach(l -> linked.add(new LinkedObject(l.path("object").asText(),
                l.path("id").asText())));
        StringBuilder message = new StringBuilder(method).append(' ').append(id).append(": ").append(type);
        if (error.hasNonNull("description")) {
            message.append(" - ").append(error.path("description").asText());
        }
        if (!properties.isEmpty()) {
            message.append(' ').append(properties);
        }
        error.path("validationErrors").forEach(v -> message.append(" (").append(v.path("type").asText())
                .append(' ').append(v.path("property").asText()).append(')'));
        return new StalwartException(kind, type, message.toString(), properties, linked, null, null);
    }

    static StalwartException methodError(String method, JsonNode error) {
        String type = error.path("type").asText("unknown");
        StalwartException.Kind kind = type.startsWith("server") ? StalwartException.Kind.TRANSIENT
                : StalwartException.Kind.REJECTED;
        return StalwartException.of(kind, type, method + ": " + type + " - " + error.path("description").asText(""));
    }

    static StalwartException http(String what, int status, String retryAfter, String body) {
        boolean transientStatus = status == 429 || status >= 500;
        StalwartException.Kind kind = transientStatus ? StalwartException.Kind.TRANSIENT
                : StalwartException.Kind.REJECTED;
        // the body is a problem document, never an echo of our credentials, so it is safe to keep
        String detail = body.length() > 300 ? body.substring(0, 300) : body;
        return new StalwartException(kind, "http-" + status, what + ": HTTP " + status + " " + detail, List.of(),
                List.of(), parseRetryAfter(retryAfter), null);
    }

    static StalwartException io(String what, IOException e) {
        return new StalwartException(StalwartException.Kind.TRANSIENT, "io", what + ": " + e.getClass().getSimpleName()
                + " " + e.getMessage(), List.of(), List.of(), null, e);
    }

    /** {@code Retry-After} is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
