package eu.dezky.platform.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Quiet;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /history?at=}: what the tenant's own routes showed at two moments is exactly what the history answers
 * for those moments afterwards; a bad {@code at} names {@code at}; before the tenant existed there is nothing.
 */
@SandboxComponentTest
class HistoryApiTest extends SandboxApiTest {

    private static final String SLUG = "history-co";
    private static final String BASE = "/api/tenants/" + SLUG;

    @Test
    void theRoutesReadAtTwoInstantsEqualTheHistoryAtThoseInstants() {
        Quiet quiet = new Quiet(api);
        Instant before = Instant.now();
        String admin = onboarding.tenantWithDomain(SLUG, "history.test");
        JsonNode ann = onboarding.activeMember(SLUG, admin, "ann");
        JsonNode ben = onboarding.activeMember(SLUG, admin, "ben");
        String annId = ann.get("id").asText();
        assertThat(api.post(BASE + "/mail/aliases", admin, Map.of("address", "sales@history.test", "memberId", annId))
                .status()).isIn(201, 202);
        assertThat(api.post(BASE + "/mail/lists", admin, Map.of("address", "team@history.test", "name", "Team",
                "recipients", List.of("ann@history.test", "ben@history.test"))).status()).isIn(201, 202);
        quiet.settle();
        ObjectNode first = routes(admin);
        Instant t1 = Instant.now();

        assertThat(api.post(BASE + "/members/" + annId + "/suspend", admin, null).status()).isIn(200, 202);
        assertThat(api.send("DELETE", BASE + "/mail/aliases/sales@history.test", admin, null, Map.of()).status())
                .isIn(202, 204);
        assertThat(api.send("PUT", BASE + "/mail/lists/team@history.test", admin, Map.of("name", "The team",
                "recipients", List.of("ben@history.test")), Map.of()).status()).isIn(200, 202);
        onboarding.remove(SLUG, admin, ben.get("id").asText());
        onboarding.removed(SLUG, ben.get("id").asText());
        quiet.settle();
        ObjectNode second = routes(admin);
        Instant t2 = Instant.now();

        assertThat(second).isNotEqualTo(first);
        assertThat(history(admin, t1)).isEqualTo(first);
        assertThat(history(admin, t2)).isEqualTo(second);
        Api.Response none = api.get(BASE + "/history?at=" + before, admin);
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
    }

    @Test
    void aMissingOrMalformedInstantNamesAt() {
        String admin = onboarding.tenant("history-bad");
        for (String query : List.of("", "?at=", "?at=yesterday", "?at=2026-02-30T10:00:00Z")) {
            Api.Response response = api.get("/api/tenants/history-bad/history" + query, admin);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.body().get("field").asText()).as(query).isEqualTo("at");
        }
    }

    /** What the tenant's routes answer now, under the names the history uses. */
    private ObjectNode routes(String token) {
        ObjectNode snapshot = new ObjectMapper().createObjectNode();
        snapshot.set("tenant", ok(api.get(BASE, token)));
        snapshot.set("members", ok(api.get(BASE + "/members?includeRemoved=true", token)));
        snapshot.set("domains", ok(api.get(BASE + "/domains", token)));
        snapshot.set("aliases", ok(api.get(BASE + "/mail/aliases", token)));
        snapshot.set("lists", ok(api.get(BASE + "/mail/lists", token)));
        return snapshot;
    }

    /** The history's parts that the routes show (not its own {@code at} and event count). */
    private ObjectNode history(String token, Instant at) {
        ObjectNode history = (ObjectNode) ok(api.get(BASE + "/history?at=" + at, token));
        assertThat(history.get("at").asText()).isEqualTo(at.toString());
        assertThat(history.get("events").asInt()).isPositive();
        history.remove(List.of("at", "events"));
        return history;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
