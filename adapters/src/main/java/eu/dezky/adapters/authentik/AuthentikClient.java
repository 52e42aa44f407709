package eu.dezky.adapters.authentik;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.Admission;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpResult;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.JsonCodec;
import okhttp3.HttpUrl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static eu.dezky.adapters.http.JsonCodec.delete;
import static eu.dezky.adapters.http.JsonCodec.get;

/**
 * Authentik API v3 in our words. Creation is create-or-adopt: the user is looked up by username first
 * and adopted only when it carries our ownership marker, so a retried onboarding never makes a second
 * account and never takes over a stranger's. Authentication failures come back as 403 (A1) and map to
 * {@link AdapterException.Kind#REJECTED}.
 */
public final class AuthentikClient {

    private static final TypeReference<AuthentikPage<AuthentikSession>> SESSIONS = new TypeReference<>() { };
    private static final TypeReference<AuthentikPage<AuthentikGroup>> GROUPS = new TypeReference<>() { };

    private final HttpExecutor http;
    private final JsonCodec json;
    private final AuthentikUserReads users;

    /** @param http an executor whose target's base URL is the API root, e.g. {@code https://sso/api/v3/} */
    AuthentikClient(HttpExecutor http, JsonCodec json) {
        this.http = http;
        this.json = json;
        this.users = new AuthentikUserReads(http, json);
    }

    /** Where a saga step reserves its calls to this system before the first one. */
    public Admission admission() {
        return http.admission();
    }

    /** A client for {@code target} with the production defaults (real sleeper and clock). */
    public static AuthentikClient create(HttpTarget target) {
        return create(target, UnaryOperator.identity());
    }

    /** A client for {@code target}; {@code options} may replace the sleeper, clock, logger and so on. */
    public static AuthentikClient create(HttpTarget target, UnaryOperator<HttpExecutor.Builder> options) {
        JsonCodec json = new JsonCodec(target.name());
        HttpExecutor.Builder builder = HttpExecutor.builder(target).reasons(result -> AuthentikErrors.reason(json, result));
        return new AuthentikClient(options.apply(builder).build(), json);
    }

    /**
     * The user with exactly this username. Authentik ignores unknown filters silently, so more than one
     * result means the filter did not apply and is reported as a {@link AdapterException.Kind#CONFLICT}.
     */
    public Optional<AuthentikUser> findUserByUsername(String username) {
        return users.byUsername(username);
    }

    /** The user with this pk ({@code GET core/users/{id}/}); empty when there is none (404). */
    public Optional<AuthentikUser> findUser(AuthentikUserId user) {
        return users.byPk(user);
    }

    /** Every user of the installation: users/100 requests, so no per-tenant work should need it. */
    public List<AuthentikUser> listUsers() {
        return users.all();
    }

    /** Every user whose marker names {@code tenant} ({@code attributes.dezky.tenant}), whatever its member. */
    public List<AuthentikUser> usersMarkedFor(String tenant) {
        return users.markedFor(tenant);
    }

    /** Every member of the group named {@code name}; empty when no such group exists. */
    public List<AuthentikUser> usersInGroup(String name) {
        return findGroup(name).map(users::inGroup).orElse(List.of());
    }

    /** Every user whose username is an address at {@code domain} (case-insensitive), e.g. {@code bob@acme.test}. */
    public List<AuthentikUser> usersOnDomain(String domain) {
        return users.onDomain(domain);
    }

    /** The pks of the members of the group named {@code name}; empty when no such group exists. */
    public Optional<Set<Integer>> groupMembers(String name) {
        return findGroup(name).map(g -> g.users() == null ? Set.of() : Set.copyOf(g.users()));
    }

    /** Creates the user with our marker, or adopts an existing one that carries the same marker. */
    public AuthentikUser createOrAdoptUser(NewAuthentikUser user) {
        Optional<AuthentikUser> existing = findUserByUsername(user.username());
        if (existing.isPresent()) {
            return adopt(existing.get(), user.owner());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.username());
        body.put("name", user.name());
        if (user.email() != null) {
            body.put("email", user.email());
        }
        body.put("is_active", true);
        body.put("attributes", Map.of(AuthentikUser.MARKER,
                Map.of("tenant", user.owner().tenant(), "member", user.owner().member())));
        HttpResult result = http.exchange("POST core/users/", json.post(http.url("core/users/").build(), body));
        if (result.status() == 201) {
            return json.read(result, AuthentikUser.class);
        }
        if (AuthentikErrors.notUnique(json, result, "username")) {
            // A concurrent create, or our own earlier attempt whose response was lost.
            return adopt(findUserByUsername(user.username()).orElseThrow(() -> http.failure(result)), user.owner());
        }
        throw http.failure(result);
    }

    /**
     * Sets the password directly (204; no password policy runs here, A7). An empty one is refused: the schema
     * requires a character and older servers stored an unusable password instead of answering 400.
     */
    public void setPassword(AuthentikUserId user, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
        http.expectSuccess("POST core/users/{id}/set_password/",
                json.post(http.url("core/users/" + user.value() + "/set_password/").build(), Map.of("password", password)));
    }

    /** Changes the user's display name ({@code name}); username, e-mail and groups stay as they are. */
    public void rename(AuthentikUserId user, String name) {
        http.expectSuccess("PATCH core/users/{id}/",
                json.patch(http.url("core/users/" + user.value() + "/").build(), Map.of("name", name)));
    }

    /** Re-enables logins. */
    public void activate(AuthentikUserId user) {
        patchActive(user, true);
    }

    /** Blocks logins; Authentik also drops the user's sessions on this PATCH (A8). */
    public void deactivate(AuthentikUserId user) {
        patchActive(user, false);
    }

    /**
     * Every session of this user. Narrows by username, walks all pages, and keeps only items whose
     * {@code user} equals the pk, because the server ignores {@code ?user=} and returns everyone's (A9).
     */
    public List<AuthentikSession> listSessions(AuthentikUserId user, String username) {
        return AuthentikListing.all(http, json, "core/authenticated_sessions/", SESSIONS,
                url -> url.addQueryParameter("user__username", username)).stream()
                .filter(s -> s.user() == user.value()).toList();
    }

    /** Deletes every session of this user (force logout); returns how many were deleted. */
    public int deleteSessions(AuthentikUserId user, String username) {
        int deleted = 0;
        for (AuthentikSession session : listSessions(user, username)) {
            HttpUrl url = http.url("core/authenticated_sessions/" + session.uuid() + "/").build();
            HttpResult result = http.exchange("DELETE core/authenticated_sessions/{uuid}/", delete(url));
            if (result.isSuccess()) {
                deleted++;
            } else if (result.status() != 404) {
                // 404: the session expired or was revoked between listing and deleting.
                throw http.failure(result);
            }
        }
        return deleted;
    }

    /** Deletes the user; a 404 means it is already gone, which is the goal. */
    public void deleteUser(AuthentikUserId user) {
        deleteGone("DELETE core/users/{id}/", http.url("core/users/" + user.value() + "/").build());
    }

    /** The group with exactly this name, created when missing (names are unique in Authentik). */
    public AuthentikGroupId findOrCreateGroup(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("group name must not be blank");
        }
        Optional<AuthentikGroup> found = findGroup(name);
        if (found.isPresent()) {
            return new AuthentikGroupId(found.get().pk());
        }
        HttpResult result = http.exchange("POST core/groups/", json.post(http.url("core/groups/").build(), Map.of("name", name)));
        if (result.status() == 201) {
            return new AuthentikGroupId(json.read(result, AuthentikGroup.class).pk());
        }
        if (AuthentikErrors.notUnique(json, result, "name")) {
            return findGroup(name).map(g -> new AuthentikGroupId(g.pk())).orElseThrow(() -> http.failure(result));
        }
        throw http.failure(result);
    }

    /** Deletes the group with exactly this name; none (or a 404) means it is already gone, which is the goal. */
    public void deleteGroup(String name) {
        findGroup(name).ifPresent(group -> deleteGone("DELETE core/groups/{group_uuid}/",
                http.url("core/groups/" + group.pk() + "/").build()));
    }

    /** Adds the user to the group (idempotent on the server). */
    public void addToGroup(AuthentikGroupId group, AuthentikUserId user) {
        http.expectSuccess("POST core/groups/{group_uuid}/add_user/",
                json.post(http.url("core/groups/" + group.value() + "/add_user/").build(), Map.of("pk", user.value())));
    }

    /** Removes the user from the group (idempotent on the server). */
    public void removeFromGroup(AuthentikGroupId group, AuthentikUserId user) {
        http.expectSuccess("POST core/groups/{group_uuid}/remove_user/",
                json.post(http.url("core/groups/" + group.value() + "/remove_user/").build(), Map.of("pk", user.value())));
    }

    private Optional<AuthentikGroup> findGroup(String name) {
        HttpUrl url = http.url("core/groups/").addQueryParameter("name", name)
                .addQueryParameter("include_users", "false").build();
        AuthentikPage<AuthentikGroup> page = json.read(http.expectSuccess("GET core/groups/", get(url)), GROUPS);
        return page.results().stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** Deletes what {@code url} names; a 404 means it is already gone, which is the goal. */
    private void deleteGone(String operation, HttpUrl url) {
        HttpResult result = http.exchange(operation, delete(url));
        if (!result.isSuccess() && result.status() != 404) {
            throw http.failure(result);
        }
    }

    private AuthentikUser adopt(AuthentikUser existing, Ownership owner) {
        if (existing.ownership().filter(owner::equals).isPresent()) {
            return existing;
        }
        throw AdapterException.of(AdapterException.Kind.CONFLICT, http.target().name(),
                "username " + existing.username() + " is taken by a user dezky does not own for " + owner.compact());
    }

    private void patchActive(AuthentikUserId user, boolean active) {
        http.expectSuccess("PATCH core/users/{id}/",
                json.patch(http.url("core/users/" + user.value() + "/").build(), Map.of("is_active", active)));
    }
}
