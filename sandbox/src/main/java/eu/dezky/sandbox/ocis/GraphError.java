package eu.dezky.sandbox.ocis;

import eu.dezky.sandbox.http.SimError;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds oCIS's OData error envelope: {@code {"error":{"code","message","innererror":{"date","request-id"}}}}. */
final class GraphError {

    private GraphError() {
    }

    static SimError of(int status, String code, String message) {
        return new SimError(status, body(code, message));
    }

    static Map<String, Object> body(String code, String message) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        inner.put("request-id", UUID.randomUUID().toString());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        // Current oCIS upper-cases the first letter of every message (xstrings.FirstRuneToUpper).
        error.put("message", message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1));
        error.put("innererror", inner);
        return Map.of("error", error);
    }

    /** The code oCIS's generic renderer pairs with {@code status} (B2 table). */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "invalidRequest";
            case 401, 403 -> "accessDenied";
            case 404 -> "itemNotFound";
            case 405 -> "notAllowed";
            case 409 -> "nameAlreadyExists";
            case 412 -> "preconditionFailed";
            case 423 -> "itemIsLocked";
            case 501 -> "notSupported";
            case 503 -> "serviceNotAvailable";
            case 429 -> "activityLimitReached";
            default -> "generalException";
        };
    }

    static SimError invalid(String message) {
        return of(400, "invalidRequest", message);
    }

    static SimError notFound() {
        return of(404, "itemNotFound", "not found");
    }
}
