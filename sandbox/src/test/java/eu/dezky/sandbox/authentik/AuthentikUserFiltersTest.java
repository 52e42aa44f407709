package eu.dezky.sandbox.authentik;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.sandbox.Http;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user list's filters on the wire, as Authentik's UsersFilter and DRF's SearchFilter apply them: attribute key
 * paths compared as JSON, group membership by pk with unknown groups refused, search terms all contained somewhere.
 */
class AuthentikUserFiltersTest extends AuthentikWireTest {

    private int user(String username, String attributes) {
        return Http.json(call("POST", "core/users/", "{\"username\":\"" + username + "\",\"name\":\"N\",\"email\":\""
                + username + "\",\"attributes\":" + attributes + "}")).get("pk").asInt();
    }

    private List<String> usernames(String query) {
        HttpResponse<String> response = call("GET", "core/users/?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        Http.json(response).get("results").forEach(u -> names.add(u.get("username").asText()));
        return names;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void attributeKeysJoinedByDoubleUnderscoresReachIntoNestedObjects() {
        user("a@acme.test", "{\"dezky\":{\"tenant\":\"acme\",\"member\":\"m-1\"}}");
        user("b@acme.test", "{\"dezky\":{\"tenant\":\"acme-two\",\"member\":\"m-2\"}}");
        user("c@acme.test", "{\"tenant\":\"acme\"}");
        user("d@acme.test", "{\"level\":1.0}");

        assertThat(usernames("attributes=" + encoded("{\"dezky__tenant\":\"acme\"}"))).containsExactly("a@acme.test");
        assertThat(usernames("attributes=" + encoded("{\"tenant\":\"acme\"}"))).containsExactly("c@acme.test");
        assertThat(usernames("attributes=" + encoded("{\"level\":1}"))).as("jsonb compares numbers by value")
                .containsExactly("d@acme.test");
        assertThat(usernames("attributes=" + encoded("{\"dezky__tenant\":\"acme\",\"dezky__member\":\"m-2\"}")))
                .as("every key must match").isEmpty();
    }

    @Test
    void anAttributesFilterThatIsNoJsonObjectIsABareListError() {
        HttpResponse<String> broken = call("GET", "core/users/?attributes=" + encoded("{nope"), null);
        HttpResponse<String> list = call("GET", "core/users/?attributes=" + encoded("[1]"), null);

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(Http.json(broken).get(0).asText()).isEqualTo("filter: failed to parse JSON");
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(Http.json(list).get(0).asText()).isEqualTo("filter: value must be key:value mapping");
    }

    @Test
    void groupsByPkKeepsMembersOfAnyGivenGroupAndRefusesAnUnknownOne() {
        String staff = Http.json(call("POST", "core/groups/", "{\"name\":\"staff\"}")).get("pk").asText();
        String ops = Http.json(call("POST", "core/groups/", "{\"name\":\"ops\"}")).get("pk").asText();
        String empty = Http.json(call("POST", "core/groups/", "{\"name\":\"empty\"}")).get("pk").asText();
        call("POST", "core/groups/" + staff + "/add_user/", "{\"pk\":" + user("a@x.test", "{}") + "}");
        call("POST", "core/groups/" + ops + "/add_user/", "{\"pk\":" + user("b@x.test", "{}") + "}");
        user("c@x.test", "{}");

        assertThat(usernames("groups_by_pk=" + staff)).containsExactly("a@x.test");
        assertThat(usernames("groups_by_pk=" + staff + "&groups_by_pk=" + ops)).containsExactlyInAnyOrder("a@x.test", "b@x.test");
        assertThat(usernames("groups_by_pk=" + empty)).isEmpty();
        call("DELETE", "core/groups/" + staff + "/", null);
        HttpResponse<String> gone = call("GET", "core/users/?groups_by_pk=" + staff, null);
        assertThat(gone.statusCode()).isEqualTo(400);
        assertThat(Http.json(gone).get("groups_by_pk").get(0).asText())
                .isEqualTo("Select a valid choice. " + staff + " is not one of the available choices.");
    }

    @Test
    void searchNeedsEveryTermSomewhereIgnoringCase() {
        user("bob@acme.test", "{}");
        user("Carol@ACME.test", "{}");
        user("eve@acme.test.evil.example", "{}");
        user("frank@other.test", "{}");

        assertThat(usernames("search=" + encoded("@acme.test")))
                .containsExactlyInAnyOrder("bob@acme.test", "Carol@ACME.test", "eve@acme.test.evil.example");
        assertThat(usernames("search=" + encoded("bob, acme"))).containsExactly("bob@acme.test");
        assertThat(usernames("search=" + encoded("bob other"))).isEmpty();
    }

    @Test
    void anUnknownFilterIsIgnoredAndEveryoneComesBack() {
        user("a@x.test", "{}");
        user("b@x.test", "{}");

        JsonNode page = Http.json(call("GET", "core/users/?username__endswith=a%40x.test", null));

        assertThat(page.get("pagination").get("count").asInt()).isEqualTo(2);
    }
}
