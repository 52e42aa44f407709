package eu.dezky.sandbox.authentik;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.dezky.sandbox.http.SimError;
import eu.dezky.sandbox.http.SimExchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps each simulated Authentik operation to the state and renders its answer. */
final class AuthentikRoutes {

    private static final SimError NOT_FOUND = new SimError(404, Map.of("detail", "Not found."));

    private AuthentikRoutes() {
    }

    static void dispatch(AuthentikState state, SimExchange ex, String operation, String id) throws IOException {
        JsonNode body = ex.jsonBody().orElse(JsonNodeFactory.instance.objectNode());
        switch (operation) {
            case "GET /core/users/" -> {
                boolean groups = !"false".equals(ex.query("include_groups").orElse("true"));
                Set<UUID> groupIds = state.groups(g -> true).stream().map(g -> g.uuid).collect(Collectors.toSet());
                List<SimUser> users = state.users(UserQuery.of(ex, groupIds));
                ex.respond(200, page(ex, users, u -> state.render(u, groups)));
            }
            case "POST /core/users/" -> ex.respond(201, state.render(state.createUser(body), true));
            case "GET /core/users/{id}/" -> ex.respond(200, state.render(state.user(pk(id)), true));
            case "PATCH /core/users/{id}/" -> ex.respond(200, state.render(state.patchUser(pk(id), body), true));
            case "DELETE /core/users/{id}/" -> {
                state.deleteUser(pk(id));
                ex.respondEmpty(204);
            }
            case "POST /core/users/{id}/set_password/" -> {
                state.setPassword(pk(id), body);
                ex.respondEmpty(204);
            }
            case "GET /core/groups/" -> {
                boolean users = !"false".equals(ex.query("include_users").orElse("true"));
                Optional<String> name = ex.query("name");
                List<SimGroup> groups = state.groups(g -> name.map(n -> n.equals(g.name)).orElse(true));
                ex.respond(200, page(ex, groups, g -> state.render(g, users)));
            }
            case "POST /core/groups/" -> ex.respond(201, state.render(state.createGroup(body), true));
            case "GET /core/groups/{group_uuid}/" -> ex.respond(200, state.render(state.group(uuid(id)), true));
            case "DELETE /core/groups/{group_uuid}/" -> {
                state.deleteGroup(uuid(id));
                ex.respondEmpty(204);
            }
            case "POST /core/groups/{group_uuid}/add_user/", "POST /core/groups/{group_uuid}/remove_user/" -> {
                state.changeMembership(uuid(id), body, operation.endsWith("/add_user/"));
                ex.respondEmpty(204);
            }
            case "GET /core/authenticated_sessions/" -> {
                // Only user__username filters; ?user= is not a declared filter and is ignored (A9).
                List<SimSession> sessions = state.sessions(ex.query("user__username"));
                ex.respond(200, page(ex, sessions, AuthentikJson::session));
            }
            case "GET /core/authenticated_sessions/{uuid}/" -> ex.respond(200, AuthentikJson.session(state.session(uuid(id))));
            case "DELETE /core/authenticated_sessions/{uuid}/" -> {
                state.deleteSession(uuid(id));
                ex.respondEmpty(204);
            }
            default -> throw NOT_FOUND;
        }
    }

    private static <T> Map<String, Object> page(SimExchange ex, List<T> all, Function<T, Object> render) {
        int page;
        try {
            page = Integer.parseInt(ex.query("page").orElse("1"));
        } catch (NumberFormatException e) {
            throw new SimError(404, Map.of("detail", "Invalid page."));
        }
        int size;
        try {
            size = Math.max(1, Integer.parseInt(ex.query("page_size").orElse("100")));
        } catch (NumberFormatException e) {
            size = 100;
        }
        return AuthentikJson.page(all, page, size, render);
    }

    private static int pk(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw NOT_FOUND;
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw NOT_FOUND;
        }
    }
}
