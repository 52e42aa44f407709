package eu.dezky.adapters.ocis;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.http.HttpResult;
import eu.dezky.adapters.http.JsonCodec;

import java.util.List;

/**
 * Reads oCIS's OData error envelope {@code {"error":{"code","message","innererror"}}} (B2). The proxy's
 * 401 has no envelope, so an empty body falls back to the status and its {@code WWW-Authenticate}.
 */
final class OcisErrors {

    private OcisErrors() {
    }

    static String reason(JsonCodec json, HttpResult result) {
        JsonNode error = json.tree(result.body()).path("error");
        if (error.hasNonNull("code")) {
            String requestId = error.path("innererror").path("request-id").asText("");
            return error.get("code").asText() + ": " + error.path("message").asText("")
                    + (requestId.isEmpty() ? "" : " (request-id " + requestId + ")");
        }
        List<String> challenges = result.headers().values("WWW-Authenticate");
        return "HTTP " + result.status() + (challenges.isEmpty() ? "" : " (" + String.join(", ", challenges) + ")");
    }

    /** The envelope's {@code code}, or empty. */
    static String code(JsonCodec json, HttpResult result) {
        return json.tree(result.body()).path("error").path("code").asText("");
    }
}
