package eu.dezky.adapters.ocis;

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
import java.util.function.UnaryOperator;

import static eu.dezky.adapters.http.JsonCodec.delete;
import static eu.dezky.adapters.http.JsonCodec.get;

/**
 * oCIS LibreGraph in our words. Creation is create-or-adopt: {@code GET /users/{username}} first, and
 * on a 409 {@code nameAlreadyExists} (a race, or a create whose response was lost) the existing user is
 * adopted only when it carries our ownership marker. Bodies hold only schema fields: oCIS answers an
 * unknown property with 400 {@code invalidRequest}.
 */
public final class OcisClient {

    private static final TypeReference<Map<String, List<OcisGroup>>> GROUP_LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, List<OcisUser>>> USER_LIST = new TypeReference<>() { };

    private final HttpExecutor http;
    private final JsonCodec json;

    /** @param http an executor whose target's base URL is the graph root, e.g. {@code https://cloud/graph/} */
    OcisClient(HttpExecutor http, JsonCodec json) {
        this.http = http;
        this.json = json;
    }

    /** Where a saga step reserves its calls to this system before the first one. */
    public Admission admission() {
        return http.admission();
    }

    /** A client for {@code target} with the production defaults (real sleeper and clock). */
    public static OcisClient create(HttpTarget target) {
        return create(target, UnaryOperator.identity());
    }

    /** A client for {@code target}; {@code options} may replace the sleeper, clock, logger and so on. */
    public static OcisClient create(HttpTarget target, UnaryOperator<HttpExecutor.Builder> options) {
        JsonCodec json = new JsonCodec(target.name());
        HttpExecutor.Builder builder = HttpExecutor.builder(target).reasons(result -> OcisErrors.reason(json, result));
        return new OcisClient(options.apply(builder).build(), json);
    }

    /** The user by id or username (oCIS resolves both on this path, B5); empty on 404. */
    public Optional<OcisUser> findUser(String idOrUsername) {
        HttpResult result = http.exchange("GET v1.0/users/{user-id}", get(users().addPathSegment(idOrUsername).build()));
        if (result.status() == 404) {
            return Optional.empty();
        }
        if (!result.isSuccess()) {
            throw http.failure(result);
        }
        return Optional.of(json.read(result, OcisUser.class));
    }

    /** Every user (B5: no server paging; an empty result may come as {@code "value": null}). */
    public List<OcisUser> listUsers() {
        Map<String, List<OcisUser>> page = json.read(http.expectSuccess("GET v1.0/users", get(users().build())),
                USER_LIST);
        return page.get("value") == null ? List.of() : page.get("value");
    }

    /** The user by id; {@link AdapterException.Kind#NOT_FOUND} when absent. */
    public OcisUser getUser(OcisUserId id) {
        return findUser(id.value()).orElseThrow(() -> AdapterException.of(AdapterException.Kind.NOT_FOUND,
                http.target().name(), "no user " + id.value()));
    }

    /** Creates the user with our marker, or adopts an existing one with the same marker. */
    public OcisUser createOrAdoptUser(NewOcisUser user) {
        Optional<OcisUser> existing = findUser(user.username());
        if (existing.isPresent()) {
            return adopt(existing.get(), user.owner());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("onPremisesSamAccountName", user.username());
        body.put("displayName", user.displayName());
        if (user.mail() != null) {
            body.put("mail", user.mail());
        }
        if (user.password() != null) {
            body.put("passwordProfile", Map.of("password", user.password()));
        }
        body.put("accountEnabled", true);
        body.put("identities", List.of(Map.of("issuer", OcisUser.OWNER_ISSUER, "issuerAssignedId", user.owner().compact())));
        HttpResult result = http.exchange("POST v1.0/users", json.post(users().build(), body));
        // 201 in current oCIS, 200 in older releases (B4).
        if (result.status() == 201 || result.status() == 200) {
            return json.read(result, OcisUser.class);
        }
        if (result.status() == 409 && "nameAlreadyExists".equals(OcisErrors.code(json, result))) {
            return adopt(findUser(user.username()).orElseThrow(() -> http.failure(result)), user.owner());
        }
        throw http.failure(result);
    }

    /** Changes the user's {@code displayName}; the username (the mailbox address) stays. */
    public void rename(OcisUserId user, String displayName) {
        http.expectSuccess("PATCH v1.0/users/{user-id}",
                json.patch(users().addPathSegment(user.value()).build(), Map.of("displayName", displayName)));
    }

    /** Blocks the account ({@code accountEnabled=false}). */
    public void disable(OcisUserId user) {
        patchEnabled(user, false);
    }

    /** Unblocks the account. */
    public void enable(OcisUserId user) {
        patchEnabled(user, true);
    }

    /** Deletes the user (and with it the personal space); a 404 means it is already gone. */
    public void deleteUser(OcisUserId user) {
        HttpResult result = http.exchange("DELETE v1.0/users/{user-id}",
                delete(users().addPathSegment(user.value()).build()));
        if (!result.isSuccess() && result.status() != 404) {
            throw http.failure(result);
        }
    }

    /** The group with exactly this display name, created when missing. */
    public OcisGroupId findOrCreateGroup(String displayName) {
        Optional<OcisGroupId> found = findGroup(displayName);
        if (found.isPresent()) {
            return found.get();
        }
        HttpResult result = http.exchange("POST v1.0/groups", json.post(groups().build(), Map.of("displayName", displayName)));
        if (result.status() == 201 || result.status() == 200) {
            return new OcisGroupId(json.read(result, OcisGroup.class).id());
        }
        if (result.status() == 409) {
            return findGroup(displayName).orElseThrow(() -> http.failure(result));
        }
        throw http.failure(result);
    }

    /** Adds the user to the group; adding an existing member is a 204 as well (B9). */
    public void addToGroup(OcisGroupId group, OcisUserId user) {
        // The server reads only the last two segments of @odata.id, which must be "users/<id>".
        String ref = users().addPathSegment(user.value()).build().toString();
        http.expectSuccess("POST v1.0/groups/{group-id}/members/$ref",
                json.post(groups().addPathSegment(group.value()).addPathSegment("members").addPathSegment("$ref").build(),
                        Map.of("@odata.id", ref)));
    }

    /**
     * Removes the user from the group. oCIS answers 404 both for "not a member" and "no such group", so a
     * 404 is success only after the group itself is confirmed to exist.
     */
    public void removeFromGroup(OcisGroupId group, OcisUserId user) {
        HttpUrl url = groups().addPathSegment(group.value()).addPathSegment("members").addPathSegment(user.value())
                .addPathSegment("$ref").build();
        HttpResult result = http.exchange("DELETE v1.0/groups/{group-id}/members/{directory-object-id}/$ref",
                delete(url));
        if (result.isSuccess()) {
            return;
        }
        if (result.status() != 404) {
            throw http.failure(result);
        }
        http.expectSuccess("GET v1.0/groups/{group-id}", get(groups().addPathSegment(group.value()).build()));
    }

    private Optional<OcisGroupId> findGroup(String displayName) {
        HttpUrl url = groups().addQueryParameter("$search", "\"" + displayName + "\"").build();
        Map<String, List<OcisGroup>> page = json.read(http.expectSuccess("GET v1.0/groups", get(url)), GROUP_LIST);
        // $search is a substring match and "value" may be null on an empty result (B5).
        List<OcisGroup> groups = page.get("value") == null ? List.of() : page.get("value");
        return groups.stream().filter(g -> displayName.equals(g.displayName())).findFirst().map(g -> new OcisGroupId(g.id()));
    }

    private OcisUser adopt(OcisUser existing, Ownership owner) {
        if (existing.ownership().filter(owner::equals).isPresent()) {
            return existing;
        }
        throw AdapterException.of(AdapterException.Kind.CONFLICT, http.target().name(), "username "
                + existing.onPremisesSamAccountName() + " is taken by a user dezky does not own for " + owner.compact());
    }

    private void patchEnabled(OcisUserId user, boolean enabled) {
        http.expectSuccess("PATCH v1.0/users/{user-id}",
                json.patch(users().addPathSegment(user.value()).build(), Map.of("accountEnabled", enabled)));
    }

    private HttpUrl.Builder users() {
        return http.url("v1.0/users");
    }

    private HttpUrl.Builder groups() {
        return http.url("v1.0/groups");
    }
}
