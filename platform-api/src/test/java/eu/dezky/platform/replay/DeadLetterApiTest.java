package eu.dezky.platform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.processing.DeadLetters;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event a projection cannot take (here: a stored payload that is not JSON, as a faulty migration could leave it)
 * is parked with the one after it in its sequence, while every other sequence goes on; operators see the letters,
 * retry them, and evict the one that can never be taken, after which the rest of its sequence goes through.
 */
@SandboxComponentTest
class DeadLetterApiTest extends SandboxApiTest {

    private static final String LETTERS = "/api/operator/processors/member-views/dead-letters";

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;
    @Autowired
    DeadLetters deadLetters;

    @Test
    void anEventAProjectionCannotTakeIsParkedShownRetriedAndEvicted() {
        String admin = onboarding.tenantWithDomain("dlq-co", "dlq.test");
        String bob = onboarding.activeMember("dlq-co", admin, "bob").get("id").asText();
        String operator = api.token("op", "operator");
        long next = nextSequence(bob);
        String broken = append(bob, next, next, "{\"memberId\":".getBytes(StandardCharsets.UTF_8));
        String behind = append(bob, next, next + 1, null);
        // another member's events pass through the same projections meanwhile
        onboarding.activeMember("dlq-co", admin, "carol");

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(LETTERS, operator).body().path("letters").asLong() == 2);
        JsonNode listed = api.get(LETTERS, operator).body();
        assertThat(listed.get("sequences").asLong()).isEqualTo(1);
        JsonNode first = listed.at("/shown/0");
        assertThat(first.get("eventId").asText()).isEqualTo(broken);
        assertThat(first.get("position").asInt()).isZero();
        assertThat(first.get("eventType").asText()).isEqualTo("MemberStepRecorded");
        assertThat(first.get("aggregateId").asText()).isEqualTo(bob);
        assertThat(first.get("aggregateSequence").asLong()).isEqualTo(next);
        assertThat(first.get("cause").asText()).contains("Serialization");
        assertThat(first.get("retries").asInt()).isZero();
        assertThat(listed.at("/shown/1/eventId").asText()).isEqualTo(behind);
        assertThat(listed.at("/shown/1/position").asInt()).isEqualTo(1);
        assertThat(api.get("/api/operator/processors/member-views", operator).body().get("deadLetters").asLong())
                .isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(scrape(operator))
                .containsPattern("dezky_dead_letters\\{[^}]*processor=\"member-views\"[^}]*\\} 2\\.0"));

        JsonNode retried = api.post(LETTERS + "/retry", operator, null).body();
        assertThat(retried.get("sequencesRetried").asInt()).isEqualTo(1);
        assertThat(retried.get("sequencesCleared").asInt()).isZero();
        assertThat(retried.get("lettersLeft").asLong()).isEqualTo(2);
        JsonNode again = api.get(LETTERS, operator).body().at("/shown/0");
        assertThat(again.get("retries").asInt()).isEqualTo(1);
        assertThat(again.get("cause").asText()).startsWith("org.axonframework.serialization.SerializationException");

        // every projection that took the member's events parked them: the broken one goes, the one behind it through
        List<String> parking = parkingProcessors(operator);
        assertThat(parking).contains("member-views", "audit-views");
        for (String processor : parking) {
            assertThat(api.send("DELETE", "/api/operator/processors/" + processor + "/dead-letters/" + broken, operator,
                    null, Map.of()).status()).isEqualTo(204);
        }
        JsonNode cleared = api.post(LETTERS + "/retry", operator, null).body();
        assertThat(cleared.get("sequencesCleared").asInt()).isEqualTo(1);
        assertThat(cleared.get("lettersLeft").asLong()).isZero();
        // the others as every start of the engine retries them
        deadLetters.retryAll();
        assertThat(parkingProcessors(operator)).isEmpty();
        for (String processor : parking) {
            assertThat(api.get("/api/operator/processors/" + processor + "/dead-letters", operator).body().get("shown"))
                    .as(processor).isEmpty();
        }
        // the event behind the broken one is in the audit trail now, the broken one is not
        String audit = api.get("/api/tenants/dlq-co/audit?target=bob@dlq.test&type=MemberStepRecorded&limit=200", admin)
                .body().toString();
        assertThat(audit).contains("\"id\":\"" + behind + "\"").doesNotContain(broken);
        Api.Response gone = api.send("DELETE", LETTERS + "/" + broken, operator, null, Map.of());
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("code").asText()).isEqualTo("dead-letter-not-found");
        // each eviction is in the operators' audit trail, with who did it (a read model lacks that event from now on)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get(
                "/api/operator/audit?type=DeadLetterEvicted&limit=200", operator).body().get("entries"))
                .filteredOn(entry -> entry.get("summary").asText().contains(broken)).hasSize(parking.size())
                .allSatisfy(entry -> {
                    assertThat(entry.at("/actor/subject").asText()).isEqualTo("op");
                    assertThat(entry.get("summary").asText()).startsWith("op@example.test evicted a dead letter from ");
                }));
    }

    @Test
    void aRebuildSkipsWhatItCannotTakeCountsItAndDropsTheLiveLetters() {
        String admin = onboarding.tenantWithDomain("dlq-rebuild", "dlq-rebuild.test");
        String dora = onboarding.activeMember("dlq-rebuild", admin, "dora").get("id").asText();
        String operator = api.token("op", "operator");
        long next = nextSequence(dora);
        String broken = append(dora, next, next, "[".getBytes(StandardCharsets.UTF_8));
        onboarding.activeMember("dlq-rebuild", admin, "emil");
        String letters = "/api/operator/processors/operation-views/dead-letters";
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(letters, operator).body().toString().contains(broken));

        assertThat(api.post("/api/operator/processors/operation-views/replay", operator, null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api.get("/api/operator/processors/operation-views", operator).body().at("/replay/phase").asText())
                .isEqualTo("done"));
        JsonNode processor = api.get("/api/operator/processors/operation-views", operator).body();
        assertThat(processor.at("/replay/skippedEvents").asLong()).as(processor.toString()).isPositive();
        assertThat(processor.get("deadLetters").asLong()).isZero();
        assertThat(api.get(letters, operator).body().get("shown")).isEmpty();
        // the projections not rebuilt still hold it: leave the shared engine without letters
        for (String parking : parkingProcessors(operator)) {
            String others = "/api/operator/processors/" + parking + "/dead-letters";
            assertThat(api.send("DELETE", others + "/" + broken, operator, null, Map.of()).status()).isEqualTo(204);
            assertThat(api.post(others + "/retry", operator, null).body().get("lettersLeft").asLong()).isZero();
        }
    }

    @Test
    void onlyOperatorsReachDeadLettersAndBadRequestsNameWhatIsWrong() {
        String admin = onboarding.tenant("dlq-own");
        String operator = api.token("op", "operator");
        assertThat(api.get(LETTERS, admin).status()).isEqualTo(403);
        assertThat(api.post(LETTERS + "/retry", admin, null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", LETTERS + "/x", admin, null, Map.of()).status()).isEqualTo(403);
        assertThat(api.get(LETTERS, null).status()).isEqualTo(401);

        assertThat(api.get("/api/operator/processors/no-such/dead-letters", operator).status()).isEqualTo(404);
        Api.Response saga = api.get("/api/operator/processors/MemberOnboardingSagaProcessor/dead-letters", operator);
        assertThat(saga.status()).isEqualTo(409);
        assertThat(saga.body().get("code").asText()).isEqualTo("no-dead-letters");
        Api.Response badLimit = api.get(LETTERS + "?limit=0", operator);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body().toString()).contains("limit");
    }

    private String scrape(String operator) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/prometheus")).header("Authorization", "Bearer " + operator).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private long nextSequence(String aggregate) {
        return jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, aggregate) + 1;
    }

    /**
     * Appends a copy of the member's last step record before {@code firstAppended} as event {@code sequence}, with
     * {@code payload} if given.
     */
    private String append(String member, long firstAppended, long sequence, byte[] payload) {
        String id = UUID.randomUUID().toString();
        int rows = jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,"
                + " metadata, payload, payloadrevision, payloadtype, \"timestamp\") SELECT aggregateidentifier, ?, type, ?,"
                + " metadata, COALESCE(?, payload), payloadrevision, payloadtype, \"timestamp\" FROM domainevententry"
                + " WHERE aggregateidentifier = ? AND sequencenumber < ? AND payloadtype LIKE '%.MemberStepRecordedEvent'"
                + " ORDER BY sequencenumber DESC LIMIT 1", sequence, id, payload, member, firstAppended);
        assertThat(rows).isEqualTo(1);
        return id;
    }

    private List<String> parkingProcessors(String operator) {
        List<String> names = new ArrayList<>();
        for (JsonNode processor : api.get("/api/operator/processors", operator).body()) {
            if (processor.path("deadLetters").asLong() > 0) {
                names.add(processor.get("name").asText());
            }
        }
        return names;
    }
}
