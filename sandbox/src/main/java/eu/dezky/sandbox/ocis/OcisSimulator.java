package eu.dezky.sandbox.ocis;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * In-process oCIS graph service behind its proxy, on a loopback port, reproducing the B10 checklist of
 * the shared reference: proxy-level 401 with {@code WWW-Authenticate}, strict bodies (400
 * {@code invalidRequest}), 201 on create (200 for older releases, see {@link #createStatus(int)}), 409
 * {@code nameAlreadyExists}, {@code GET /users/{username}}, {@code {"value":[...]}} lists,
 * {@code $filter=mail eq} answered 501, PATCH {@code {}} answered 204, idempotent group add and 404 on
 * removing a non-member, all errors in the OData envelope with {@code innererror} date and request id.
 *
 * <p>Fault operations are named {@code "<METHOD> <path>"} with the spec's path template, e.g.
 * {@code "POST /v1.0/users"} or {@code "DELETE /v1.0/groups/{group-id}/members/{directory-object-id}/$ref"}.
 */
public final class OcisSimulator implements Simulator {

    private static final String ROOT = "/graph";

    private final ObjectMapper json = new ObjectMapper();
    private final OcisState state = new OcisState(json);
    private final FaultInjector faults = new FaultInjector(42);
    private final String adminPassword;
    private final String token;
    private final FaultGate gate;
    private final SimServer server;
    private volatile int createStatus = 201;

    private OcisSimulator(int port, String adminPassword, String token) {
        this.adminPassword = adminPassword;
        this.token = token;
        this.gate = new FaultGate(faults, status -> SimExchange.toJson(json,
                GraphError.body(GraphError.codeFor(status), "simulated fault " + status)),
                Duration.ofSeconds(30));
        this.server = SimServer.start(port, "ocis", this::handle);
    }

    /** Starts on an ephemeral port with a random admin password and bearer token. */
    public static OcisSimulator start() {
        return start(0, UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /** Starts on {@code port}; {@code admin} may log in with basic auth or {@code Bearer token}. */
    public static OcisSimulator start(int port, String adminPassword, String token) {
        return new OcisSimulator(port, adminPassword, token);
    }

    @Override
    public String name() {
        return "ocis";
    }

    @Override
    public URI baseUrl() {
        return URI.create(server.origin() + ROOT + "/");
    }

    @Override
    public Map<String, String> adminCredentials() {
        return Map.of("user", "admin", "password", adminPassword, "token", token);
    }

    /** A bearer token accepted as the admin's access token. */
    public String token() {
        return token;
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    /** Answers creates with {@code status}: 201 (current) or 200 (older releases, B4). */
    public void createStatus(int status) {
        this.createStatus = status;
    }

    /** Test helper: creates a group directly, as an administrator would; returns its id. */
    public String seedGroup(String displayName) {
        return state.createGroup(json.createObjectNode().put("displayName", displayName)).id;
    }

    /** Inspection: every user as it exists now. */
    public List<OcisUserState> users() {
        return state.read(() -> state.users(Optional.empty()).stream()
                .map(u -> new OcisUserState(u.id, u.username, u.displayName, u.mail, u.enabled, u.password))
                .toList());
    }

    /** Inspection: the member user ids of group {@code groupId}. */
    public List<String> membersOf(String groupId) {
        return state.read(() -> new ArrayList<>(state.group(groupId).members));
    }

    /** Sandbox drift: deletes the user named {@code username} as an administrator would; false when there is none. */
    public boolean deleteUser(String username) {
        if (users().stream().noneMatch(u -> u.username().equals(username))) {
            return false;
        }
        state.deleteUser(username);
        return true;
    }

    /** Sandbox drift: sets {@code accountEnabled} false on the user named {@code username}; false when there is none. */
    public boolean disableUser(String username) {
        if (users().stream().noneMatch(u -> u.username().equals(username))) {
            return false;
        }
        state.patchUser(username, json.createObjectNode().put("accountEnabled", false));
        return true;
    }

    /** Sandbox drift: creates a user by hand, without any ownership marker; false when the name is taken. */
    public boolean createUser(String username) {
        if (users().stream().anyMatch(u -> u.username().equals(username))) {
            return false;
        }
        state.createUser(json.createObjectNode().put("onPremisesSamAccountName", username)
                .put("displayName", username).put("mail", username).put("accountEnabled", true));
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
        String route = path.startsWith(ROOT + "/") ? path.substring(ROOT.length()) : path;
        List<String> ids = new ArrayList<>();
        String operation = ex.method() + " " + OcisPaths.template(route, ids);
        if (gate.intercept(operation, raw)) {
            return;
        }
        if (!authenticated(ex)) {
            // The proxy rejects before the graph service sees the request: 401, no Graph error body.
            ex.withHeader("WWW-Authenticate", "Bearer realm=\"127.0.0.1\", charset=\"UTF-8\"");
            raw.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"127.0.0.1\", charset=\"UTF-8\"");
            ex.respondEmpty(401);
            return;
        }
        try {
            OcisRoutes.dispatch(state, ex, operation, ids, createStatus);
        } catch (SimError e) {
            if (e.body() == null) {
                ex.respondEmpty(e.status());
            } else {
                ex.respond(e.status(), e.body());
            }
        }
    }

    private boolean authenticated(SimExchange ex) {
        String header = ex.header("Authorization").orElse("").trim();
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim().equals(token);
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String expected = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
            return header.substring(6).trim().equals(expected);
        }
        return false;
    }
}
