package eu.dezky.adapters.authentik;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.http.HttpResult;
import eu.dezky.adapters.http.JsonCodec;

/**
 * Reads the reason out of Authentik's DRF error bodies (A3): {@code {"detail": …}}, field errors
 * {@code {"field": ["msg"]}}, a bare {@code ["msg"]}, or an empty body (failed set_password).
 */
final class AuthentikErrors {

    private AuthentikErrors() {
    }

    static String reason(JsonCodec json, HttpResult result) {
        JsonNode body = json.tree(result.body());
        if (body.hasNonNull("detail")) {
            return body.get("detail").asText();
        }
        if (body.isObject() || body.isArray()) {
            return body.toString();
        }
        return result.body().isBlank() ? "HTTP " + result.status() + " without body" : abbreviate(result.body());
    }

    /** Whether a 400 says the field's value is taken (DRF UniqueValidator), i.e. a concurrent create. */
    static boolean notUnique(JsonCodec json, HttpResult result, String field) {
        if (result.status() != 400) {
            return false;
        }
        for (JsonNode message : json.tree(result.body()).path(field)) {
            String text = message.asText();
            if (text.contains("must be unique") || text.contains("already exists")) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
