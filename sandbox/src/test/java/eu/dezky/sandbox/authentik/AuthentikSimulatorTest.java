package eu.dezky.sandbox.authentik;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.sandbox.Http;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Authentik quirks of reference A12, seen on the wire. */
class AuthentikSimulatorTest extends AuthentikWireTest {

    private int createUser(String username) {
        return Http.json(call("POST", "core/users/", "{\"username\":\"" + username + "\",\"name\":\"N\"}")).get("pk").asInt();
    }

    @Test
    void missingOrWrongTokenIsA403NotA401() {
        HttpResponse<String> none = Http.send("GET", sim.baseUrl().resolve("core/users/"), null, null);
        HttpResponse<String> wrong = Http.send("GET", sim.baseUrl().resolve("core/users/"), "Bearer wrong", null);

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(Http.json(none).get("detail").asText()).isEqualTo("Authentication credentials were not provided.");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(Http.json(wrong).get("detail").asText()).isEqualTo("Token invalid/expired");
    }

    @Test
    void routesWithoutTrailingSlashDoNotExist() {
        assertThat(call("GET", "core/users", null).statusCode()).isEqualTo(404);
    }

    @Test
    void listsUseThePageNumberEnvelopeWithAutocomplete() {
        createUser("a");
        createUser("b");
        createUser("c");

        JsonNode first = Http.json(call("GET", "core/users/?page_size=2", null));
        JsonNode last = Http.json(call("GET", "core/users/?page_size=2&page=2", null));

        assertThat(first.get("pagination").get("next").asInt()).isEqualTo(2);
        assertThat(first.get("pagination").get("previous").asInt()).isZero();
        assertThat(first.get("pagination").get("total_pages").asInt()).isEqualTo(2);
        assertThat(first.get("autocomplete").isObject()).isTrue();
        assertThat(first.get("autocomplete").isEmpty()).isTrue();
        assertThat(last.get("pagination").get("next").asInt()).isZero();
        assertThat(last.get("results")).hasSize(1);
        assertThat(call("GET", "core/users/?page_size=2&page=3", null).statusCode()).isEqualTo(404);
    }

    @Test
    void userQueryParameterOnSessionsIsIgnoredSoEveryonesSessionsComeBack() {
        int alice = createUser("alice");
        createUser("bob");
        sim.login("alice");
        sim.login("bob");

        JsonNode all = Http.json(call("GET", "core/authenticated_sessions/?user=" + alice, null));
        JsonNode narrowed = Http.json(call("GET", "core/authenticated_sessions/?user__username=alice", null));

        assertThat(all.get("results")).hasSize(2);
        assertThat(narrowed.get("results")).hasSize(1);
        assertThat(narrowed.get("results").get(0).get("user").asInt()).isEqualTo(alice);
    }

    @Test
    void patchingIsActiveFalseDropsThatUsersSessionsOnly() {
        int alice = createUser("alice");
        int bob = createUser("bob");
        sim.login("alice");
        sim.login("bob");

        HttpResponse<String> patched = call("PATCH", "core/users/" + alice + "/", "{\"is_active\":false}");

        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(Http.json(patched).get("is_active").asBoolean()).isFalse();
        assertThat(sim.sessionsOf(alice)).isEmpty();
        assertThat(sim.sessionsOf(bob)).hasSize(1);
    }

    @Test
    void duplicateUsernameIsAFieldError() {
        createUser("alice");

        HttpResponse<String> again = call("POST", "core/users/", "{\"username\":\"alice\",\"name\":\"N\"}");

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Http.json(again).get("username").get(0).asText()).isEqualTo("This field must be unique.");
    }

    @Test
    void deletesAnswer204WithoutBodyAnd404Afterwards() {
        int alice = createUser("alice");

        HttpResponse<String> deleted = call("DELETE", "core/users/" + alice + "/", null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(call("DELETE", "core/users/" + alice + "/", null).statusCode()).isEqualTo(404);
    }

    @Test
    void addingAnUnknownUserToAGroupIs404() {
        String group = Http.json(call("POST", "core/groups/", "{\"name\":\"staff\"}")).get("pk").asText();

        HttpResponse<String> added = call("POST", "core/groups/" + group + "/add_user/", "{\"pk\":999}");

        assertThat(added.statusCode()).isEqualTo(404);
        assertThat(Http.json(added).get("detail").asText()).isEqualTo("Not found.");
    }

    @Test
    void injectedCrashDropsTheConnection() {
        // A POST, because the JDK client silently retries an idempotent GET once on a dropped connection.
        sim.faults().crashNext("POST /core/users/", 1);

        URI url = sim.baseUrl().resolve("core/users/");
        assertThatThrownBy(() -> Http.send("POST", url, "Bearer " + sim.token(), "{\"username\":\"a\",\"name\":\"A\"}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(sim.users()).isEmpty();
    }
}
