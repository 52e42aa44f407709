package eu.dezky.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import eu.dezky.platform.support.StoredData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail over HTTP: a scripted series of actions by two tenant admins and an operator reads back in order,
 * newest first, with the right actors, also for the steps sagas record later (after a retry deadline too); a foreign
 * admin is refused; NDJSON streams one line per entry; no one-time password ever appears.
 */
@SandboxComponentTest
class AuditTrailApiTest extends SandboxApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void actionsOfTwoAdminsAndAnOperatorReadBackNewestFirstWithTheirActors() throws Exception {
        String alice = onboarding.tenantWithDomain("audit-co", "audit.test", "audit-alice");
        JsonNode carolMember = onboarding.active("audit-co", onboarding.create("audit-co", alice, "carol", "admin"));
        String carolSubject = carolMember.get("ssoSubject").asText();
        String carol = onboarding.token(carolSubject, "carol@audit.test", "customer-admin");
        // more failures than the SSO client retries by itself: the saga retries on a deadline
        simulators.authentik().faults().failNext("POST /core/users/", 4, 503);
        JsonNode dave = onboarding.activeMember("audit-co", carol, "dave");
        String daveId = dave.get("id").asText();
        lifecycle(daveId, "suspend", carol);
        lifecycle(daveId, "resume", api.token("op-audit", "operator"));
        String freshPassword = lifecycle(daveId, "reset-password", alice).get("oneTimePassword").asText();

        // The audit is a projection of its own: the operation reading DONE says nothing about its progress.
        String selection = "/api/tenants/audit-co/audit?type=TenantCreated,MailDomainAdded,MemberCreated,"
                + "MemberOperationCompleted&limit=100";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> entries(selection, alice).size() >= 7);
        List<JsonNode> main = entries(selection, alice);
        assertThat(main).extracting(e -> e.get("summary").asText()).containsExactly(
                "audit-alice@example.test reset the password of dave@audit.test",
                "op-audit@example.test resumed dave@audit.test",
                "carol@audit.test suspended dave@audit.test",
                "carol@audit.test created member dave@audit.test: role member",
                "audit-alice@example.test created member carol@audit.test: role admin",
                "audit-alice@example.test added domain audit.test",
                "op@example.test created tenant audit-co: Tenant audit-co");
        assertThat(main.get(1).get("actor")).isEqualTo(json("{\"subject\":\"op-audit\",\"audience\":\"operator\","
                + "\"email\":\"op-audit@example.test\"}"));
        assertThat(main.get(2).get("actor")).isEqualTo(json("{\"subject\":\"" + carolSubject + "\",\"audience\":"
                + "\"customer-admin\",\"email\":\"carol@audit.test\"}"));
        assertThat(main.get(2).get("target")).isEqualTo(json("{\"kind\":\"member\",\"id\":\"" + daveId
                + "\",\"label\":\"dave@audit.test\"}"));
        assertThat(main).allSatisfy(entry -> {
            assertThat(entry.get("requestId").asText()).isNotBlank();
            assertThat(entry.get("clientIp").asText()).isEqualTo("127.0.0.1");
            assertThat(entry.get("outcome").asText()).isIn("requested", "succeeded");
        });

        // What the sagas recorded later, after a retry deadline too, belongs to the request that started it.
        List<JsonNode> daveCreated = entries("/api/tenants/audit-co/audit?target=dave@audit.test"
                + "&type=MemberCreated,MemberStepRecorded,MemberProvisioned", alice);
        assertThat(daveCreated).hasSizeGreaterThanOrEqualTo(6).allSatisfy(entry -> {
            assertThat(entry.at("/actor/subject").asText()).as(entry.toString()).isEqualTo(carolSubject);
            assertThat(entry.get("requestId")).isEqualTo(main.get(3).get("requestId"));
        });
        String daveByCarol = "carol@audit.test created member dave@audit.test";
        assertThat(daveCreated).extracting(e -> e.get("summary").asText())
                .anyMatch(s -> s.startsWith(daveByCarol + ": SSO retrying 1/"))
                .contains(daveByCarol + ": SSO done", daveByCarol + ": mailbox done", daveByCarol + ": files done");
        assertThat(daveCreated.get(0).get("summary").asText()).isEqualTo(daveByCarol);
        assertThat(daveCreated.get(0).get("outcome").asText()).isEqualTo("succeeded");

        // Paging, NDJSON and the operators' view see the same entries; no password anywhere.
        List<JsonNode> paged = entries("/api/tenants/audit-co/audit?limit=7", alice);
        List<String> lines = ndjson("/api/tenants/audit-co/audit", alice);
        assertThat(lines).hasSize(paged.size());
        assertThat(lines.stream().map(AuditTrailApiTest::json).toList()).isEqualTo(paged);
        assertThat(entries("/api/operator/audit?tenant=audit-co&limit=500", api.token("op", "operator")))
                .isEqualTo(paged);
        for (String password : List.of(dave.get("oneTimePassword").asText(), freshPassword)) {
            assertThat(paged.toString()).doesNotContain(password);
            assertThat(String.join("\n", lines)).doesNotContain(password);
            new StoredData(jdbc, mongo).assertNowhere(password);
        }
    }

    @Test
    void foreignAdminsCustomerAdminsOnTheOperatorRouteAndBadParametersAreRefused() {
        onboarding.tenant("audit-own");
        String foreign = onboarding.tenant("audit-foreign");

        assertThat(api.get("/api/tenants/audit-own/audit", foreign).status()).isEqualTo(403);
        assertThat(api.get("/api/operator/audit", foreign).status()).isEqualTo(403);
        String own = api.token("audit-own-admin", "customer-admin");
        for (String[] bad : new String[][] {{"from=yesterday", "from"}, {"to=2026-13-01T00:00:00Z", "to"},
                {"limit=0", "limit"}, {"limit=many", "limit"}, {"cursor=abc", "cursor"}, {"type=Member-Created", "type"},
                {"from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "from"}}) {
            Api.Response response = api.get("/api/tenants/audit-own/audit?" + bad[0], own);
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.body().get("field").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
        Api.Response operators = api.get("/api/operator/audit?type=TenantCreated&limit=500", api.token("op", "operator"));
        assertThat(operators.body().get("entries")).extracting(e -> e.get("tenant").asText())
                .contains("audit-own", "audit-foreign");
    }

    /** Posts a lifecycle action and answers the member once its operation is over. */
    private JsonNode lifecycle(String memberId, String action, String token) {
        // keyed like the portal's requests, so the stored idempotent answers are searched for secrets too
        Api.Response response = api.send("POST", "/api/tenants/audit-co/members/" + memberId + "/" + action, token,
                null, Map.of("Idempotency-Key", "audit-" + action + "-" + memberId));
        assertThat(response.status()).as(response.toString()).isIn(200, 202);
        String operation = response.body().at("/operation/id").asText(response.body().path("id").asText());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> api.get(
                "/api/tenants/audit-co/operations/" + operation, token).body().path("status").asText().equals("DONE"));
        return response.body();
    }

    /** Every entry of a selection, following {@code nextCursor} page by page. */
    private List<JsonNode> entries(String path, String token) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get(path + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().get("entries").forEach(all::add);
            cursor = page.body().hasNonNull("nextCursor") ? page.body().get("nextCursor").asText() : null;
        } while (cursor != null);
        return all;
    }

    private List<String> ndjson(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/x-ndjson").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        return response.body().lines().filter(line -> !line.isBlank()).toList();
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
