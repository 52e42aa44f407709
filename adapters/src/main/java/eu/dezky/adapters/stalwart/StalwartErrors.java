package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.HttpResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps Stalwart's failures to {@link AdapterException.Kind}: SetError {@code primaryKeyViolation} and
 * {@code objectIsLinked} are conflicts (the latter with its linked objects), {@code notFound} is not
 * found, schema and permission errors ({@code validationFailed}, {@code invalidPatch},
 * {@code invalidProperties}, {@code invalidForeignKey}, {@code forbidden}, …) are rejections carrying
 * the vendor's description. Transient HTTP failures never get here: the executor retried them.
 */
final class StalwartErrors {

    static final String TARGET = "stalwart";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StalwartErrors() {
    }

    static AdapterException setError(String method, String id, JsonNode error) {
        String type = error.path("type").asText("unknown");
        AdapterException.Kind kind = switch (type) {
            case "primaryKeyViolation", "objectIsLinked" -> AdapterException.Kind.CONFLICT;
            case "notFound" -> AdapterException.Kind.NOT_FOUND;
            default -> AdapterException.Kind.REJECTED;
        };
        List<String> properties = new ArrayList<>();
        error.path("properties").forEach(p -> properties.add(p.asText()));
        List<LinkedObject> linked = new ArrayList<>();
        error.path("linkedObjects").forEach(l -> linked.add(new LinkedObject(l.path("object").asText(),
                l.path("id").asText())));
        StringBuilder reason = new StringBuilder(method).append(' ').append(id).append(": ").append(type);
        if (error.hasNonNull("description")) {
            reason.append(" - ").append(error.path("description").asText());
        }
        if (!properties.isEmpty()) {
            reason.append(' ').append(properties);
        }
        if (!linked.isEmpty()) {
            reason.append(" linked to ").append(linked);
        }
        error.path("validationErrors").forEach(v -> reason.append(" (").append(v.path("type").asText())
                .append(' ').append(v.path("property").asText()).append(')'));
        StalwartError detail = new StalwartError(type, error.path("description").asText(null), properties, linked);
        return new AdapterException(kind, TARGET, 200, reason.toString(), null, detail);
    }

    /** A method-level error: {@code server*} types are transient, everything else a rejection. */
    static AdapterException methodError(String method, JsonNode error) {
        String type = error.path("type").asText("unknown");
        AdapterException.Kind kind = type.startsWith("server") ? AdapterException.Kind.TRANSIENT
                : AdapterException.Kind.REJECTED;
        String description = error.path("description").asText(null);
        return new AdapterException(kind, TARGET, 200, method + ": " + type + (description == null ? "" : " - "
                + description), null, new StalwartError(type, description, List.of(), List.of()));
    }

    /**
     * A non-transient HTTP status on a JMAP endpoint means the request as a whole was refused (bad
     * credentials, not JSON, unknown capability): object-level outcomes travel inside a 200.
     */
    static AdapterException http(HttpResult result) {
        return new AdapterException(AdapterException.Kind.REJECTED, TARGET, result.status(),
                result.operation() + ": " + reason(result), null, null);
    }

    /** The problem document's {@code detail} and {@code type}, else the start of the body. */
    static String reason(HttpResult result) {
        try {
            JsonNode problem = JSON.readTree(result.body());
            if (problem != null && problem.has("detail")) {
                return problem.path("detail").asText() + " (" + problem.path("type").asText() + ")";
            }
        } catch (IOException notJson) {
            // fall through to the raw text
        }
        String body = result.body();
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
