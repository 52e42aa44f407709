package eu.dezky.sandbox.authentik;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.sandbox.http.SimError;
import eu.dezky.sandbox.http.SimExchange;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The filters of {@code GET /core/users/} as Authentik applies them (its {@code UsersFilter} and DRF's
 * {@code SearchFilter}). Exact {@code username}, {@code email}, {@code uuid}, {@code is_active}; {@code attributes}, a
 * JSON object whose keys become {@code attributes__<key>} lookups, so {@code {"a__b": "x"}} matches users whose
 * {@code attributes.a.b} is the JSON value {@code "x"} (a trailing Django lookup such as {@code __icontains} is not
 * simulated); {@code groups_by_pk}, repeatable, a member of any of them; {@code search}, split at blanks and commas,
 * every term contained (ignoring case) in the e-mail, name, uuid or username. Any other parameter is ignored, as
 * django-filter does: a misspelt filter returns everyone.
 */
final class UserQuery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UserQuery() {
    }

    /** The filter the request asks for; a malformed value is answered with Authentik's 400. */
    static Predicate<SimUser> of(SimExchange ex, Set<UUID> existingGroups) {
        Optional<String> username = ex.query("username");
        Optional<String> email = ex.query("email");
        Optional<String> uuid = ex.query("uuid");
        Optional<String> active = ex.query("is_active");
        Set<UUID> groups = groups(ex.queryAll("groups_by_pk"), existingGroups);
        Map<List<String>, JsonNode> attributes = attributes(ex.query("attributes").orElse(""));
        List<String> terms = terms(ex.query("search").orElse(""));
        return u -> username.map(v -> v.equals(u.username)).orElse(true)
                && email.map(v -> v.equals(u.email)).orElse(true)
                && uuid.map(v -> v.equals(u.uuid.toString())).orElse(true)
                && active.map(v -> Boolean.parseBoolean(v) == u.active).orElse(true)
                && (groups.isEmpty() || u.groups.stream().anyMatch(groups::contains))
                && attributes.entrySet().stream().allMatch(e -> sameJson(at(u.attributes, e.getKey()), e.getValue()))
                && terms.stream().allMatch(t -> Stream.of(u.email, u.name, u.uuid.toString(), u.username)
                        .anyMatch(f -> f != null && f.toLowerCase(Locale.ROOT).contains(t)));
    }

    /** A ModelMultipleChoiceFilter: every value must name an existing group, or the whole request is a 400. */
    private static Set<UUID> groups(List<String> values, Set<UUID> existing) {
        Set<UUID> groups = new HashSet<>();
        for (String value : values) {
            UUID id;
            try {
                id = UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw UserFields.fieldError("groups_by_pk", "“" + value + "” is not a valid value.");
            }
            if (!existing.contains(id)) {
                throw UserFields.fieldError("groups_by_pk",
                        "Select a valid choice. " + value + " is not one of the available choices.");
            }
            groups.add(id);
        }
        return groups;
    }

    /** Key path (split at {@code __}) to expected JSON value; the filter's own errors are bare JSON arrays (A3). */
    private static Map<List<String>, JsonNode> attributes(String raw) {
        if (raw.isEmpty()) {
            return Map.of();
        }
        JsonNode filter;
        try {
            filter = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new SimError(400, List.of("filter: failed to parse JSON"));
        }
        if (filter == null || !filter.isObject()) {
            throw new SimError(400, List.of("filter: value must be key:value mapping"));
        }
        Map<List<String>, JsonNode> lookups = new LinkedHashMap<>();
        filter.fields().forEachRemaining(e -> lookups.put(List.of(e.getKey().split("__")), e.getValue()));
        return lookups;
    }

    private static List<String> terms(String search) {
        String cleaned = search.replace("\u0000", "").replace(',', ' ').strip().toLowerCase(Locale.ROOT);
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split("\\s+"));
    }

    /** The value at {@code path} below the attributes, or null when a key is missing (SQL NULL never equals). */
    private static JsonNode at(Map<String, Object> attributes, List<String> path) {
        JsonNode node = JSON.valueToTree(attributes);
        for (String key : path) {
            node = node.isObject() ? node.get(key) : null;
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** jsonb equality: numbers by value (1 equals 1.0), everything else structurally. */
    private static boolean sameJson(JsonNode actual, JsonNode expected) {
        if (actual == null) {
            return false;
        }
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        return actual.equals(expected);
    }
}
