package eu.dezky.sandbox.authentik;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.sandbox.http.SimError;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The writable user fields of {@code UserRequest} and their serializer validation (A3, A5). */
final class UserFields {

    private UserFields() {
    }

    static void apply(SimUser user, JsonNode body, Set<UUID> groups, ObjectMapper json) {
        if (body.has("name")) {
            user.name = body.get("name").asText();
        }
        if (body.has("email")) {
            String email = body.get("email").asText();
            if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw fieldError("email", "Enter a valid email address.");
            }
            user.email = email;
        }
        if (body.has("is_active")) {
            user.active = body.get("is_active").asBoolean();
        }
        if (body.has("path")) {
            String path = body.get("path").asText();
            if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
                throw fieldError("path", "No leading or trailing slashes allowed.");
            }
            if (path.contains("//")) {
                throw fieldError("path", "No empty segments in user path allowed.");
            }
            user.path = path;
        }
        if (body.has("type")) {
            if ("internal_service_account".equals(body.get("type").asText())) {
                throw fieldError("type", "Setting a user to internal service account is not allowed.");
            }
            user.type = body.get("type").asText();
        }
        if (body.has("attributes")) {
            user.attributes = attributes(body.get("attributes"), json);
        }
        if (body.has("groups")) {
            user.groups.clear();
            for (JsonNode id : body.get("groups")) {
                UUID uuid = UUID.fromString(id.asText());
                if (!groups.contains(uuid)) {
                    throw fieldError("groups", "Invalid pk \"" + uuid + "\" - object does not exist.");
                }
                user.groups.add(uuid);
            }
        }
        user.lastUpdated = Instant.now();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> attributes(JsonNode node, ObjectMapper json) {
        if (!node.isObject()) {
            throw fieldError("attributes", "Expected a dictionary of items but got type \"" + node.getNodeType() + "\".");
        }
        return json.convertValue(node, LinkedHashMap.class);
    }

    static SimError fieldError(String field, String message) {
        return new SimError(400, Map.of(field, List.of(message)));
    }
}
