package eu.dezky.sandbox.authentik;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import eu.dezky.sandbox.fault.FaultGate;
import eu.dezky.sandbox.fault.FaultInjector;
import eu.dezky.sandbox.http.SimError;
import eu.dezky.sandbox.http.SimExchange;
import eu.dezky.sandbox.http.SimServer;
import eu.dezky.sandbox.http.Simulator;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-process Authentik API v3 (users, passwords, sessions, groups) on a loopback port, reproducing the
 * A12 checklist of the shared reference: bearer auth failing with 403, trailing-slash routes, the
 * paginated envelope with page-number {@code next} and {@code autocomplete: {}}, unknown query
 * parameters ignored (so {@code ?user=} on sessions returns everyone's), PATCH {@code is_active=false}
 * dropping that user's sessions, 204 empty bodies and DRF field errors. The user list filters as Authentik does
 * ({@link UserQuery}: {@code attributes}, {@code groups_by_pk}, {@code search} and the exact ones).
 *
 * <p>Fault operations are named {@code "<METHOD> <route>"}, with the route as in the schema relative to
 * {@code /api/v3}, e.g. {@code "POST /core/users/"} or {@code "DELETE /core/authenticated_sessions/{uuid}/"}.
 */
public final class AuthentikSimulator implements Simulator {

    private static final String ROOT = "/api/v3";
    private static final Pattern ID = Pattern.compile("^(/core/(?:users|groups|authenticated_sessions)/)([^/]+)/(.*)$");

    private final ObjectMapper json = new ObjectMapper();
    private final AuthentikState state = new AuthentikState(json);
    private final FaultInjector faults = new FaultInjector(42);
    private final String token;
    private final FaultGate gate;
    private final SimServer server;

    private AuthentikSimulator(int port, String token) {
        this.token = token;
        this.gate = new FaultGate(faults, status -> "{\"detail\":\"Simulated fault " + status + "\"}", Duration.ofSeconds(30));
        this.server = SimServer.start(port, "authentik", this::handle);
    }

    /** Starts on an ephemeral port with a random admin API token. */
    public static AuthentikSimulator start() {
        return start(0, UUID.randomUUID().toString());
    }

    /** Starts on {@code port} (0 = ephemeral) accepting {@code token} as the admin API token. */
    public static AuthentikSimulator start(int port, String token) {
        return new AuthentikSimulator(port, token);
    }

    @Override
    public String name() {
        return "authentik";
    }

    @Override
    public URI baseUrl() {
        return URI.create(server.origin() + ROOT + "/");
    }

    @Override
    public Map<String, String> adminCredentials() {
        return Map.of("token", token);
    }

    /** The admin API token (send as {@code Authorization: Bearer <token>}). */
    public String token() {
        return token;
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    /** Test helper: a browser login of {@code username}, creating a session; returns its uuid. */
    public UUID login(String username) {
        return state.login(username, "203.0.113.5", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0").uuid();
    }

    /** Inspection: every user as it exists now. */
    public List<AuthentikUserState> users() {
        return state.users(u -> true).stream()
                .map(u -> new AuthentikUserState(u.pk, u.username, u.name, u.email, u.active, u.attributes, u.password,
                        u.uuid.toString(), AuthentikJson.uid(u)))
                .toList();
    }

    /** Inspection: the uuids of the sessions of user {@code pk}. */
    public List<UUID> sessionsOf(int pk) {
        return state.sessions(Optional.empty()).stream().filter(s -> s.user() == pk).map(SimSession::uuid).toList();
    }

    /** Inspection: the member pks of the group named {@code name}; empty when there is no such group. */
    public List<Integer> membersOf(String name) {
        return state.groups(g -> g.name.equals(name)).stream().findFirst()
                .map(g -> state.membersOf(g.uuid)).orElse(List.of());
    }

    /** Inspection: whether a group named {@code name} exists. */
    public boolean hasGroup(String name) {
        return !state.groups(g -> g.name.equals(name)).isEmpty();
    }

    /** Sandbox drift: deletes the user named {@code username} as an administrator would; false when there is none. */
    public boolean deleteUser(String username) {
        return state.users(u -> u.username.equals(username)).stream().findFirst().map(u -> {
            state.deleteUser(u.pk);
            return true;
        }).orElse(false);
    }

    /** Sandbox drift: deactivates the user named {@code username}; false when there is none. */
    public boolean deactivateUser(String username) {
        return state.users(u -> u.username.equals(username)).stream().findFirst().map(u -> {
            state.patchUser(u.pk, json.createObjectNode().put("is_active", false));
            return true;
        }).orElse(false);
    }

    /** Sandbox drift: creates a user by hand, without any ownership marker; false when the name is taken. */
    public boolean createUser(String username) {
        if (!state.users(u -> u.username.equals(username)).isEmpty()) {
            return false;
        }
        state.createUser(json.createObjectNode().put("username", username).put("name", username)
                .put("email", username));
        return true;
    }

    @Override
    public void close() {
        faults.clear();
        server.close();
    }

    private void handle(HttpExchange raw) throws IOException {
        SimExchange ex = new SimExchange(raw, json);
        String path = ex.path();
        if (!path.startsWith(ROOT + "/") || !path.endsWith("/")) {
            // Every Django route ends with a slash; anything else is not an API route.
            ex.respond(404, Map.of("detail", "Not found."));
            return;
        }
        String route = path.substring(ROOT.length());
        Matcher m = ID.matcher(route);
        String operation = ex.method() + " " + (m.matches() ? template(m) : route);
        if (gate.intercept(operation, raw)) {
            return;
        }
        try {
            authenticate(ex);
            AuthentikRoutes.dispatch(state, ex, operation, m.matches() ? m.group(2) : null);
        } catch (SimError e) {
            if (e.body() == null) {
                ex.respondEmpty(e.status());
            } else {
                ex.respond(e.status(), e.body());
            }
        }
    }

    /** The schema's path template, e.g. {@code /core/users/{id}/set_password/}. */
    private static String template(Matcher m) {
        String collection = m.group(1);
        String parameter = collection.contains("/users/") ? "{id}" : collection.contains("/groups/") ? "{group_uuid}" : "{uuid}";
        return collection + parameter + "/" + m.group(3);
    }

    private void authenticate(SimExchange ex) {
        Optional<String> header = ex.header("Authorization");
        String[] parts = header.orElse("").trim().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].equalsIgnoreCase("bearer")) {
            // A1: no authenticate_header, so DRF answers 403 instead of 401.
            throw new SimError(403, Map.of("detail", "Authentication credentials were not provided."));
        }
        if (!parts[1].equals(token)) {
            throw new SimError(403, Map.of("detail", "Token invalid/expired"));
        }
    }
}
