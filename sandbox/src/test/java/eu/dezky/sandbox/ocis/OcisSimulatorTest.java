package eu.dezky.sandbox.ocis;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.sandbox.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The oCIS behaviour of reference B10, seen on the wire. */
class OcisSimulatorTest {

    private OcisSimulator sim;

    @BeforeEach
    void start() {
        sim = OcisSimulator.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return Http.send(method, sim.baseUrl().resolve(path), "Bearer " + sim.token(), body);
    }

    private String createUser(String username) {
        return Http.json(call("POST", "v1.0/users",
                "{\"onPremisesSamAccountName\":\"" + username + "\",\"displayName\":\"N\"}")).get("id").asText();
    }

    @Test
    void proxyAnswersMissingCredentialsWith401AndAChallenge() {
        HttpResponse<String> response = Http.send("GET", sim.baseUrl().resolve("v1.0/users"), null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Bearer realm="));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void basicAuthOfTheAdminIsAccepted() {
        String basic = Base64.getEncoder().encodeToString(("admin:" + sim.adminCredentials().get("password")).getBytes(StandardCharsets.UTF_8));

        assertThat(Http.send("GET", sim.baseUrl().resolve("v1.0/users"), "Basic " + basic, null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPropertyIsAnInvalidRequestInTheErrorEnvelope() {
        HttpResponse<String> response = call("POST", "v1.0/users",
                "{\"onPremisesSamAccountName\":\"alice\",\"displayName\":\"A\",\"nickname\":\"al\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalidRequest");
        assertThat(error.get("message").asText()).startsWith("Invalid request body");
        assertThat(error.get("innererror").get("date").asText()).endsWith("Z");
        assertThat(error.get("innererror").get("request-id").asText()).isNotBlank();
    }

    @Test
    void duplicateUsernameIsNameAlreadyExists() {
        createUser("alice");

        HttpResponse<String> again = call("POST", "v1.0/users", "{\"onPremisesSamAccountName\":\"alice\",\"displayName\":\"A\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).get("error").get("code").asText()).isEqualTo("nameAlreadyExists");
    }

    @Test
    void userIsFoundByUsernameAndListedInAValueEnvelope() {
        String id = createUser("alice");

        assertThat(Http.json(call("GET", "v1.0/users/alice", null)).get("id").asText()).isEqualTo(id);
        assertThat(Http.json(call("GET", "v1.0/users", null)).get("value")).hasSize(1);
    }

    @Test
    void filteringByMailIsNotSupported() {
        HttpResponse<String> response = call("GET", "v1.0/users?%24filter=mail%20eq%20%27a%40b.c%27", null);

        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(Http.json(response).get("error").get("code").asText()).isEqualTo("generalException");
    }

    @Test
    void emptyPatchIs204AndRealPatchIs200() {
        String id = createUser("alice");

        assertThat(call("PATCH", "v1.0/users/" + id, "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> patched = call("PATCH", "v1.0/users/" + id, "{\"accountEnabled\":false}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(Http.json(patched).get("accountEnabled").asBoolean()).isFalse();
    }

    @Test
    void deleteIs204ThenUserIsGone() {
        String id = createUser("alice");

        assertThat(call("DELETE", "v1.0/users/" + id, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "v1.0/users/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void addingAMemberTwiceIs204ButRemovingANonMemberIs404() {
        String user = createUser("alice");
        String group = sim.seedGroup("staff");
        String ref = "{\"@odata.id\":\"" + sim.baseUrl() + "v1.0/users/" + user + "\"}";

        assertThat(call("POST", "v1.0/groups/" + group + "/members/$ref", ref).statusCode()).isEqualTo(204);
        assertThat(call("POST", "v1.0/groups/" + group + "/members/$ref", ref).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", "v1.0/groups/" + group + "/members/" + user + "/$ref", null).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", "v1.0/groups/" + group + "/members/" + user + "/$ref", null).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyUsersCanBeGroupMembers() {
        String group = sim.seedGroup("staff");

        HttpResponse<String> response = call("POST", "v1.0/groups/" + group + "/members/$ref",
                "{\"@odata.id\":\"https://x/graph/v1.0/groups/" + group + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
