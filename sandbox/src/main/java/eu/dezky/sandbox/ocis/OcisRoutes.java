package eu.dezky.sandbox.ocis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.dezky.sandbox.http.SimExchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps each simulated LibreGraph operation to the state and renders its answer. */
final class OcisRoutes {

    /** Only these {@code $filter} shapes exist in oCIS; {@code mail eq} and username filters do not (B5). */
    private static final Pattern MEMBER_OF = Pattern.compile("^memberOf/any\\(m:m/id eq '([^']+)'\\)$");

    private OcisRoutes() {
    }

    static void dispatch(OcisState state, SimExchange ex, String operation, List<String> ids, int createStatus) throws IOException {
        JsonNode body = ex.jsonBody().orElse(JsonNodeFactory.instance.objectNode());
        switch (operation) {
            case "POST /v1.0/users" -> ex.respond(createStatus, state.createUser(body).toJson());
            case "GET /v1.0/users" -> ex.respond(200, Map.of("value", listUsers(state, ex)));
            case "GET /v1.0/users/{user-id}" -> ex.respond(200, state.user(ids.get(0)).toJson());
            case "PATCH /v1.0/users/{user-id}" -> {
                Optional<OcisUserRow> patched = state.patchUser(ids.get(0), body);
                if (patched.isPresent()) {
                    ex.respond(200, patched.get().toJson());
                } else {
                    ex.respondEmpty(204);
                }
            }
            case "DELETE /v1.0/users/{user-id}" -> {
                state.deleteUser(ids.get(0));
                ex.respondEmpty(204);
            }
            case "POST /v1.0/groups" -> ex.respond(createStatus, state.createGroup(body).toJson());
            case "GET /v1.0/groups" -> ex.respond(200, Map.of("value",
                    state.groups(ex.query("$search")).stream().map(OcisGroupRow::toJson).toList()));
            case "GET /v1.0/groups/{group-id}" -> ex.respond(200, state.group(ids.get(0)).toJson());
            case "DELETE /v1.0/groups/{group-id}" -> {
                state.deleteGroup(ids.get(0));
                ex.respondEmpty(204);
            }
            // The current handler renders a bare array here although the spec says {"value": [...]}.
            case "GET /v1.0/groups/{group-id}/members" -> ex.respond(200,
                    state.members(ids.get(0)).stream().map(OcisUserRow::toJson).toList());
            case "POST /v1.0/groups/{group-id}/members/$ref" -> {
                state.addMember(ids.get(0), body);
                ex.respondEmpty(204);
            }
            case "DELETE /v1.0/groups/{group-id}/members/{directory-object-id}/$ref" -> {
                state.removeMember(ids.get(0), ids.get(1));
                ex.respondEmpty(204);
            }
            default -> throw GraphError.notFound();
        }
    }

    private static List<Map<String, Object>> listUsers(OcisState state, SimExchange ex) {
        Optional<String> filter = ex.query("$filter");
        List<OcisUserRow> users = state.users(ex.query("$search"));
        if (filter.isPresent()) {
            var memberOf = MEMBER_OF.matcher(filter.get().trim());
            if (!memberOf.matches()) {
                throw GraphError.of(501, "generalException", "unsupported filter");
            }
            List<OcisUserRow> members = state.members(memberOf.group(1));
            users = users.stream().filter(members::contains).toList();
        }
        return users.stream().map(OcisUserRow::toJson).toList();
    }
}
