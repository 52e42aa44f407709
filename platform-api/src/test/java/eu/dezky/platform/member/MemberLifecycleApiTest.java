package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.integrations.Sandbox;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.authentik.AuthentikUserState;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.ocis.OcisUserState;
import eu.dezky.sandbox.stalwart.StalwartInspection;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Suspend, resume, force logout and reset password over HTTP against the sandbox simulators (Authentik, Stalwart,
 * oCIS), with faults injected there. Retries back off from 200 ms here so a retried step finishes within the test.
 */
@ComponentTest
@ExtendWith(OutputCaptureExtension.class)
class MemberLifecycleApiTest {

    @DynamicPropertySource
    static void fastRetries(DynamicPropertyRegistry registry) {
        registry.add("DEZKY_MEMBER_RETRY_BASE_BACKOFF", () -> "200ms");
        registry.add("DEZKY_MEMBER_RETRY_MAX_BACKOFF", () -> "1s");
        registry.add("DEZKY_MEMBER_STALWART_MAX_ATTEMPTS", () -> "3");
        registry.add("DNS_RESOLVERS", () -> "127.0.0.1");
        registry.add("DNS_TIMEOUT", () -> "1s");
    }

    @LocalServerPort
    int port;
    @Autowired
    Sandbox sandbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    Api api;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        operator = api.token("op", "operator");
    }

    @AfterEach
    void clearFaults() {
        authentik().faults().clear();
        ocis().faults().clear();
        stalwart().faults().clear();
    }

    @Test
    void suspendBlocksEveryAccountKeepingTheMailboxPasswordAndResumeUndoesIt() {
        String admin = tenantWithDomain("susp-co", "susp.test");
        JsonNode bob = active("susp-co", admin, "bob");
        String id = bob.get("id").asText();
        String password = bob.get("oneTimePassword").asText();
        String mailboxId = mailbox("bob@susp.test");

        Api.Response suspended = post("susp-co", id, "suspend", admin);
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.body().get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.body().has("oneTimePassword")).isFalse();
        assertThat(suspended.body().at("/operation/kind").asText()).isEqualTo("member-suspend");
        assertThat(suspended.body().at("/operation/status").asText()).isEqualTo("DONE");
        assertThat(suspended.body().get("systems")).allSatisfy(s ->
                assertThat(s.get("state").asText()).isEqualTo("SUSPENDED"));
        assertThat(sso("bob@susp.test").active()).isFalse();
        assertThat(stalwartInspect().canLogIn(mailboxId, password)).isFalse();
        assertThat(stalwartInspect().passwordMatches(mailboxId, password)).isTrue();
        assertThat(files("bob@susp.test").enabled()).isFalse();
        assertThat(api.get("/api/tenants/susp-co/members/" + id, admin).body().get("status").asText())
                .isEqualTo("SUSPENDED");

        Api.Response resumed = post("susp-co", id, "resume", admin);
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.body().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(resumed.body().get("systems")).allSatisfy(s ->
                assertThat(s.get("state").asText()).isEqualTo("ACTIVE"));
        assertThat(sso("bob@susp.test").active()).isTrue();
        assertThat(stalwartInspect().canLogIn(mailboxId, password)).isTrue();
        assertThat(files("bob@susp.test").enabled()).isTrue();

        JsonNode operation = api.get("/api/tenants/susp-co/operations/"
                + resumed.body().at("/operation/id").asText(), admin).body();
        assertThat(operation.get("kind").asText()).isEqualTo("member-resume");
        assertThat(operation.get("steps")).hasSize(3).allSatisfy(s ->
                assertThat(s.get("state").asText()).isEqualTo("DONE"));
        // the onboarding operation is still found by the member's id
        assertThat(api.get("/api/tenants/susp-co/operations/" + id, admin).body().get("kind").asText())
                .isEqualTo("member-onboarding");
    }

    @Test
    void rulesAreConflictsNamingTheStatusAndUnknownMembersAreNotFound() {
        String admin = tenantWithDomain("rule-co", "rule.test");
        String id = active("rule-co", admin, "rita").get("id").asText();

        Api.Response resume = post("rule-co", id, "resume", admin);
        assertThat(resume.status()).isEqualTo(409);
        assertThat(resume.body().get("detail").asText()).contains("their status is ACTIVE");
        assertThat(post("rule-co", id, "suspend", admin).status()).isEqualTo(200);
        Api.Response logout = post("rule-co", id, "logout", admin);
        assertThat(logout.status()).isEqualTo(409);
        assertThat(logout.body().get("detail").asText()).contains("their status is SUSPENDED");
        assertThat(post("rule-co", UUID.randomUUID().toString(), "suspend", admin).status()).isEqualTo(404);
        assertThat(post("rule-co", "not-a-uuid", "suspend", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/tenants/rule-co/operations/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void forceLogoutEndsOnlyTheMembersSessions() {
        String admin = tenantWithDomain("out-co", "out.test");
        String id = active("out-co", admin, "olga").get("id").asText();
        active("out-co", admin, "otto");
        authentik().login("olga@out.test");
        authentik().login("olga@out.test");
        authentik().login("otto@out.test");
        int olga = sso("olga@out.test").pk();
        int otto = sso("otto@out.test").pk();
        assertThat(authentik().sessionsOf(olga)).hasSize(2);

        Api.Response out = api.send("POST", "/api/tenants/out-co/members/" + id + "/logout", admin, "{}", Map.of());
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.body().at("/operation/steps/0/detail").asText()).isEqualTo("2 sessions ended");
        assertThat(out.body().at("/operation/steps/1/state").asText()).isEqualTo("SKIPPED");
        assertThat(authentik().sessionsOf(olga)).isEmpty();
        assertThat(authentik().sessionsOf(otto)).hasSize(1);
        assertThat(sso("olga@out.test").active()).isTrue();
        assertThat(out.body().get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void resetPasswordGivesANewOneTimePasswordOnSsoAndMailboxThatIsStoredNowhere(CapturedOutput output) {
        String admin = tenantWithDomain("reset-co", "reset.test");
        JsonNode rob = active("reset-co", admin, "rob");
        String id = rob.get("id").asText();
        String old = rob.get("oneTimePassword").asText();
        String mailboxId = mailbox("rob@reset.test");

        Api.Response reset = api.send("POST", "/api/tenants/reset-co/members/" + id + "/reset-password", admin, null,
                Map.of("Idempotency-Key", "reset-rob-1"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String fresh = reset.body().get("oneTimePassword").asText();
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(old);
        assertThat(reset.body().at("/operation/steps/2/state").asText()).isEqualTo("SKIPPED");
        assertThat(sso("rob@reset.test").password()).isEqualTo(fresh);
        assertThat(stalwartInspect().canLogIn(mailboxId, fresh)).isTrue();
        assertThat(stalwartInspect().canLogIn(mailboxId, old)).isFalse();
        assertThat(api.get("/api/tenants/reset-co/members/" + id, admin).body().has("oneTimePassword")).isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM secret_vault", Integer.class) == 0);
        List<String> stored = jdbc.query("SELECT payload, metadata FROM domainevententry",
                (rs, i) -> text(rs.getBytes(1)) + text(rs.getBytes(2)));
        assertThat(stored).isNotEmpty().noneMatch(s -> s.contains(fresh));
        assertThat(jdbc.query("SELECT serializedsaga FROM sagaentry", (rs, i) -> text(rs.getBytes(1))))
                .noneMatch(s -> s.contains(fresh));
        assertThat(jdbc.query("SELECT body FROM idempotency_record", (rs, i) -> text(rs.getBytes(1))))
                .isNotEmpty().noneMatch(s -> s.contains(fresh));
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson()).as(collection).doesNotContain(fresh);
            }
        }
        assertThat(output.getAll()).contains("Started").doesNotContain(fresh);
    }

    @Test
    void aTransientMailboxFailureDuringSuspendIsRetriedAndTheSuspendCompletes() {
        String admin = tenantWithDomain("flaky-co", "flaky.test");
        String id = active("flaky-co", admin, "fred").get("id").asText();
        // the client's own retries absorb four failures: the fifth reaches the saga's deadline-driven retry
        stalwart().faults().failNext("x:Account/set", 5, 503);

        JsonNode member = settled("flaky-co", admin, id, post("flaky-co", id, "suspend", admin));
        assertThat(member.at("/operation/status").asText()).as(member.toString()).isEqualTo("DONE");
        assertThat(member.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(stalwart().faults().calls("x:Account/set")).isGreaterThanOrEqualTo(6);
        assertThat(stalwartInspect().canLogIn(mailbox("fred@flaky.test"), "anything")).isFalse();
        assertThat(stalwartInspect().accountWithEmail("fred@flaky.test").orElseThrow()
                .at("/permissions/disabledPermissions/authenticate").asBoolean()).isTrue();
    }

    @Test
    void aPermanentMailboxFailureDuringSuspendReactivatesTheSsoAndTheMemberStaysActive() {
        String admin = tenantWithDomain("stuck-co", "stuck.test");
        JsonNode sam = active("stuck-co", admin, "sam");
        String id = sam.get("id").asText();
        stalwart().faults().failNext("x:Account/set", 10, 400);

        JsonNode member = settled("stuck-co", admin, id, post("stuck-co", id, "suspend", admin));
        assertThat(member.at("/operation/status").asText()).as(member.toString()).isEqualTo("FAILED");
        assertThat(member.at("/operation/reason").asText()).contains("Stalwart refused to suspend")
                .contains("suspend the member again");
        assertThat(member.at("/operation/steps/0/state").asText()).isEqualTo("COMPENSATED");
        assertThat(member.at("/operation/steps/1/state").asText()).isEqualTo("FAILED");
        assertThat(member.at("/operation/steps/2/state").asText()).isEqualTo("PENDING");
        assertThat(member.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(member.get("systems")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("ACTIVE"));
        assertThat(sso("sam@stuck.test").active()).isTrue();
        assertThat(files("sam@stuck.test").enabled()).isTrue();
        stalwart().faults().clear();
        assertThat(stalwartInspect().canLogIn(mailbox("sam@stuck.test"), sam.get("oneTimePassword").asText())).isTrue();
    }

    @Test
    void aSecondOperationWhileOneRunsIsAConflictAndTheSlowOneAnswers202() {
        String admin = tenantWithDomain("busy-co", "busy.test");
        String id = active("busy-co", admin, "bea").get("id").asText();
        ocis().faults().latency("PATCH /v1.0/users/{user-id}", Duration.ofSeconds(12));

        Api.Response accepted = post("busy-co", id, "suspend", admin);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String operationId = accepted.body().get("id").asText();
        assertThat(accepted.header("Location")).isEqualTo("/api/tenants/busy-co/operations/" + operationId);
        assertThat(accepted.body().get("status").asText()).isEqualTo("RUNNING");

        Api.Response second = post("busy-co", id, "reset-password", admin);
        assertThat(second.status()).as(second + " after " + api.get(accepted.header("Location"), admin)).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("member-suspend operation running");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_vault", Integer.class)).isZero();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                api.get(accepted.header("Location"), admin).body().get("status").asText().equals("DONE"));
        assertThat(api.get("/api/tenants/busy-co/members/" + id, admin).body().get("status").asText())
                .isEqualTo("SUSPENDED");
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private Api.Response post(String slug, String id, String action, String admin) {
        return api.send("POST", "/api/tenants/" + slug + "/members/" + id + "/" + action, admin, null, Map.of());
    }

    /** The member once the operation {@code started} (200 or 202) ended. */
    private JsonNode settled(String slug, String admin, String id, Api.Response started) {
        assertThat(started.status()).as(started.toString()).isIn(200, 202);
        if (started.status() == 200) {
            return started.body();
        }
        String location = started.header("Location");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get(location, admin).body().path("status").asText().equals("RUNNING"));
        return api.get("/api/tenants/" + slug + "/members/" + id, admin).body();
    }

    /** Creates a member and answers them once active, with the create's one-time password. */
    private JsonNode active(String slug, String admin, String username) {
        Api.Response created = api.send("POST", "/api/tenants/" + slug + "/members", admin,
                Map.of("displayName", "Test " + username, "username", username, "role", "member"), Map.of());
        assertThat(created.status()).as(created.toString()).isIn(201, 202);
        String id = created.body().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get("/api/tenants/" + slug + "/members/" + id, admin).body().path("status").asText()
                        .equals("PROVISIONING"));
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) api.get(
                "/api/tenants/" + slug + "/members/" + id, admin).body();
        assertThat(node.get("status").asText()).as(node.toString()).isEqualTo("ACTIVE");
        node.set("oneTimePassword", created.body().get("oneTimePassword"));
        return node;
    }

    private String tenantWithDomain(String slug, String domain) {
        assertThat(api.post("/api/tenants", operator, Api.tenantBody(slug, slug + "-admin", null)).status()).isEqualTo(201);
        String admin = api.token(slug + "-admin", "customer-admin");
        var added = api.post("/api/tenants/" + slug + "/domains", admin, Map.of("domain", domain));
        assertThat(added.status()).as(added.toString()).isIn(201, 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/" + slug + "/domains/" + domain, admin).body().get("status").asText()
                        .equals("PROVISIONING")
                        && !api.get("/api/tenants/" + slug, admin).body().path("primaryMailDomain").isMissingNode());
        return admin;
    }

    private AuthentikUserState sso(String username) {
        return authentik().users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private OcisUserState files(String username) {
        return ocis().users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private String mailbox(String address) {
        return stalwartInspect().accountWithEmail(address).orElseThrow().path("id").asText();
    }

    private StalwartInspection stalwartInspect() {
        return stalwart().simulator().inspect();
    }

    private AuthentikSimulator authentik() {
        return (AuthentikSimulator) sandbox.simulator("authentik").orElseThrow();
    }

    private OcisSimulator ocis() {
        return (OcisSimulator) sandbox.simulator("ocis").orElseThrow();
    }

    private StalwartSandboxSimulator stalwart() {
        return (StalwartSandboxSimulator) sandbox.simulator("stalwart").orElseThrow();
    }
}
