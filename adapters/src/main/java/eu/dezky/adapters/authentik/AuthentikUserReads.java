package eu.dezky.adapters.authentik;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpResult;
import eu.dezky.adapters.http.JsonCodec;
import okhttp3.HttpUrl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static eu.dezky.adapters.http.JsonCodec.get;

/**
 * The user reads of {@link AuthentikClient}. Each scoped listing narrows on the server with a filter of the 2026.2
 * schema and then keeps only what that filter promises: Authentik ignores a filter it does not know and answers with
 * everyone (A6), so the server's narrowing saves requests but is never trusted for correctness.
 */
final class AuthentikUserReads {

    private static final TypeReference<AuthentikPage<AuthentikUser>> USERS = new TypeReference<>() { };
    private static final String PATH = "core/users/";

    private final HttpExecutor http;
    private final JsonCodec json;

    AuthentikUserReads(HttpExecutor http, JsonCodec json) {
        this.http = http;
        this.json = json;
    }

    Optional<AuthentikUser> byPk(AuthentikUserId id) {
        HttpResult result = http.exchange("GET core/users/{id}/", get(http.url(PATH + id.value() + "/").build()));
        if (result.status() == 404) {
            return Optional.empty();
        }
        if (!result.isSuccess()) {
            throw http.failure(result);
        }
        return Optional.of(json.read(result, AuthentikUser.class));
    }

    Optional<AuthentikUser> byUsername(String username) {
        HttpUrl url = http.url(PATH).addQueryParameter("username", username)
                .addQueryParameter("include_groups", "false").build();
        AuthentikPage<AuthentikUser> page = json.read(http.expectSuccess("GET core/users/", get(url)), USERS);
        if (page.pagination().count() > 1 || page.results().size() > 1) {
            throw AdapterException.of(AdapterException.Kind.CONFLICT, http.target().name(),
                    "ambiguous: " + page.pagination().count() + " users match username " + username);
        }
        return page.results().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    List<AuthentikUser> all() {
        return list(url -> url, u -> true);
    }

    List<AuthentikUser> markedFor(String tenant) {
        // UsersFilter applies each key as attributes__<key>, so "__" reaches into our nested marker; the value is
        // compared as JSON, exactly.
        String filter = jsonObject(Map.of(AuthentikUser.MARKER + "__tenant", tenant));
        return list(url -> url.addQueryParameter("attributes", filter),
                u -> u.attributes().get(AuthentikUser.MARKER) instanceof Map<?, ?> marker
                        && tenant.equals(marker.get("tenant")));
    }

    List<AuthentikUser> inGroup(AuthentikGroup group) {
        if (group.users() == null || group.users().isEmpty()) {
            return List.of();
        }
        // By pk, not name: the group was just read, and a name filter is unambiguous only where names are unique.
        Set<Integer> members = Set.copyOf(group.users());
        return list(url -> url.addQueryParameter("groups_by_pk", group.pk().toString()), u -> members.contains(u.pk()));
    }

    List<AuthentikUser> onDomain(String domain) {
        // search is icontains over username, e-mail, name and uuid; the '@' is no valid term of the enterprise query
        // language, whose search then falls back to this same plain search.
        return list(url -> url.addQueryParameter("search", "@" + domain), u -> atDomain(u.username(), domain));
    }

    private static boolean atDomain(String username, String domain) {
        int at = username == null ? -1 : username.indexOf('@');
        return at >= 0 && username.substring(at + 1).equalsIgnoreCase(domain);
    }

    private List<AuthentikUser> list(UnaryOperator<HttpUrl.Builder> filter, Predicate<AuthentikUser> promised) {
        return AuthentikListing.all(http, json, PATH, USERS,
                url -> filter.apply(url).addQueryParameter("include_groups", "false")).stream().filter(promised).toList();
    }

    private String jsonObject(Map<String, String> value) {
        try {
            return json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise filter " + value, e);
        }
    }
}
