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

    static SimError invalid(String message) {
        return of(400, "invalidRequest", message);
    }

    static SimError notFound() {
        return of(404, "itemNotFound", "not found");
    }
}
