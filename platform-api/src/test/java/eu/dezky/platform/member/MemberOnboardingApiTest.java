package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.integrations.Sandbox;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Member onboarding over HTTP against the sandbox simulators (Authentik, Stalwart, oCIS), with faults injected
 * there. Retries back off from 200 ms here so a retried step finishes within the test.
 */
@ComponentTest
@ExtendWith(OutputCaptureExtension.class)
class MemberOnboardingApiTest {

    @DynamicPropertySource
    static void fastRetries(DynamicPropertyRegistry registry) {
        registry.add("DEZKY_MEMBER_RETRY_BASE_BACKOFF", () -> "200ms");
        registry.add("DEZKY_MEMBER_RETRY_MAX_BACKOFF", () -> "1s");
        registry.add("DEZKY_MEMBER_OCIS_MAX_ATTEMPTS", () -> "3");
        // No DNS server is needed: domains only have to exist in the mail server.
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
    void aNewMemberGetsOneAccountInEachSystemWithTheOneTimePassword() {
        String admin = tenantWithDomain("happy-co", "happy.test");
        JsonNode member = active("happy-co", admin, create("happy-co", admin, "bob", Map.of()));

        String password = member.get("oneTimePassword").asText();
        assertThat(member.get("mailbox").asText()).isEqualTo("bob@happy.test");
        assertThat(member.get("role").asText()).as("spelled as in the request").isEqualTo("member");
        assertThat(password).hasSizeGreaterThanOrEqualTo(16).matches(".*[A-Z].*").matches(".*[a-z].*")
                .matches(".*[0-9].*").matches(".*[^A-Za-z0-9].*");
        assertThat(authentik().users()).filteredOn(u -> u.username().equals("bob@happy.test")).hasSize(1);
        int pk = authentik().users().stream().filter(u -> u.username().equals("bob@happy.test")).findFirst().orElseThrow().pk();
        assertThat(authentik().membersOf("dezky-happy-co")).containsExactly(pk);
        assertThat(ocis().users()).filteredOn(u -> u.username().equals("bob@happy.test")).hasSize(1);
        JsonNode mailbox = stalwart().simulator().inspect().accountWithEmail("bob@happy.test").orElseThrow();
        assertThat(stalwart().simulator().inspect().accounts())
                .filteredOn(a -> a.path("emailAddress").asText().equals("bob@happy.test")).hasSize(1);
        assertThat(stalwart().simulator().inspect().canLogIn(mailbox.path("id").asText(), password)).isTrue();

        JsonNode shown = api.get("/api/tenants/happy-co/members/" + member.get("id").asText(), admin).body();
        assertThat(shown.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(shown.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        assertThat(shown.has("oneTimePassword")).isFalse();
        assertThat(shown.get("ssoSubject").asText()).as("Authentik's default sub: the hashed user id")
                .isEqualTo(authentik().users().stream().filter(u -> u.pk() == pk).findFirst().orElseThrow().uid());
        assertThat(api.get("/api/tenants/happy-co/members", admin).body().get("members")).hasSize(1);
    }

    @Test
    void aTransientSsoFailureIsRetriedAndTheMemberBecomesActive() {
        String admin = tenantWithDomain("retry-co", "retry.test");
        authentik().faults().failNext("POST /core/users/", 1, 503);
        JsonNode member = active("retry-co", admin, create("retry-co", admin, "carol", Map.of()));

        assertThat(member.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(authentik().users()).filteredOn(u -> u.username().equals("carol@retry.test")).hasSize(1);
    }

    @Test
    void aPermanentFilesFailureUndoesSsoAndMailboxAndTheMemberFailsWithAReason() {
        String admin = tenantWithDomain("fail-co", "fail.test");
        ocis().faults().failNext("POST /v1.0/users", 10, 400);
        Api.Response created = create("fail-co", admin, "dave", Map.of());
        JsonNode failed = settled("fail-co", admin, created);

        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText()).contains("oCIS").contains("create the member again");
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("dave@fail.test"));
        assertThat(stalwart().simulator().inspect().accountWithEmail("dave@fail.test")).isEmpty();
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("dave@fail.test"));
        assertThat(failed.get("steps").toString()).contains("COMPENSATED");

        ocis().faults().clear();
        // the address was released: creating the member again works
        assertThat(active("fail-co", admin, create("fail-co", admin, "dave", Map.of())).get("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aPermanentMailboxFailureUndoesTheSsoIdentityAndLeavesStalwartAsBefore() {
        String admin = tenantWithDomain("nomail-co", "nomail.test");
        int accountsBefore = stalwart().simulator().inspect().accounts().size();
        stalwart().faults().failNext("x:Account/set", 10, 400);
        JsonNode failed = settled("nomail-co", admin, create("nomail-co", admin, "jill", Map.of()));

        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText()).contains("Stalwart");
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("jill@nomail.test"));
        assertThat(stalwart().simulator().inspect().accounts()).hasSize(accountsBefore);
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("jill@nomail.test"));
    }

    @Test
    void aSlowOnboardingAnswers202WithTheOperationShowingEachStep() {
        String admin = tenantWithDomain("slow-co", "slow.test");
        ocis().faults().latency("POST /v1.0/users", Duration.ofSeconds(7));
        Api.Response accepted = create("slow-co", admin, "kim", Map.of());

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.header("Location")).isEqualTo("/api/tenants/slow-co/operations/" + accepted.body().get("id").asText());
        assertThat(accepted.body().get("oneTimePassword").asText()).hasSizeGreaterThanOrEqualTo(16);
        JsonNode operation = api.get(accepted.header("Location"), admin).body();
        assertThat(operation.get("kind").asText()).isEqualTo("member-onboarding");
        assertThat(operation.get("steps")).hasSize(3);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                api.get(accepted.header("Location"), admin).body().get("status").asText().equals("ACTIVE"));
    }

    @Test
    void theSameIdempotencyKeyGivesOneMemberAndTheSameAnswer() {
        String admin = tenantWithDomain("idem-co", "idem.test");
        Api.Response first = create("idem-co", admin, "erin", Map.of("Idempotency-Key", "create-erin-1"));
        Api.Response again = create("idem-co", admin, "erin", Map.of("Idempotency-Key", "create-erin-1"));

        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(again.body().get("oneTimePassword")).isEqualTo(first.body().get("oneTimePassword"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/tenants/idem-co/members", admin).body().get("members").size() == 1);
        assertThat(authentik().users()).filteredOn(u -> u.username().equals("erin@idem.test")).hasSize(1);
    }

    @Test
    void anAddressInUseIsAConflict() {
        String admin = tenantWithDomain("taken-co", "taken.test");
        active("taken-co", admin, create("taken-co", admin, "frank", Map.of()));

        Api.Response second = create("taken-co", admin, "frank", Map.of());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("frank@taken.test").contains("already in use");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_vault", Integer.class)).isZero();
    }

    @Test
    void ofTwoConcurrentCreatesOfOneAddressExactlyOneWins() throws Exception {
        String admin = tenantWithDomain("race-co", "race.test");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> both = pool.invokeAll(List.of(
                    () -> create("race-co", admin, "ivy", Map.of()), () -> create("race-co", admin, "ivy", Map.of())));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> response : both) {
                statuses.add(response.get().status());
            }
            assertThat(statuses).as(statuses.toString()).containsOnlyOnce(409).hasSize(2)
                    .anyMatch(status -> status == 201 || status == 202);
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/tenants/race-co/members", admin).body().get("members").size() == 1);
    }

    @Test
    void aTenantWithoutPrimaryDomainCannotCreateMembers() {
        String admin = tenant("bare-co");
        Api.Response refused = create("bare-co", admin, "gina", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("no primary mail domain");
    }

    @Test
    void invalidFieldsAreNamed() {
        String admin = tenantWithDomain("form-co", "form.test");
        Api.Response badName = api.send("POST", "/api/tenants/form-co/members", admin,
                Map.of("displayName", "X", "username", "9Bob", "role", "member"), Map.of());
        Api.Response badRole = api.send("POST", "/api/tenants/form-co/members", admin,
                Map.of("displayName", "X", "username", "bob", "role", "boss"), Map.of());
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.body().get("field").asText()).isEqualTo("username");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().get("field").asText()).isEqualTo("role");
    }

    @Test
    void theOneTimePasswordIsNowhereInTheEventStoreReadModelsIdempotencyTableOrLog(CapturedOutput output) {
        String admin = tenantWithDomain("leak-co", "leak.test");
        JsonNode member = active("leak-co", admin, create("leak-co", admin, "hank", Map.of("Idempotency-Key", "leak-1")));
        String password = member.get("oneTimePassword").asText();

        List<String> stored = jdbc.query("SELECT payload, metadata FROM domainevententry",
                (rs, i) -> text(rs.getBytes(1)) + text(rs.getBytes(2)));
        assertThat(stored).isNotEmpty().noneMatch(s -> s.contains(password));
        assertThat(jdbc.query("SELECT serializedsaga FROM sagaentry", (rs, i) -> text(rs.getBytes(1))))
                .noneMatch(s -> s.contains(password));
        assertThat(jdbc.query("SELECT body FROM idempotency_record", (rs, i) -> text(rs.getBytes(1))))
                .isNotEmpty().noneMatch(s -> s.contains(password));
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson()).as(collection).doesNotContain(password);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_vault", Integer.class)).isZero();
        assertThat(output.getAll()).contains("Started").doesNotContain(password);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private Api.Response create(String slug, String admin, String username, Map<String, String> headers) {
        return api.send("POST", "/api/tenants/" + slug + "/members", admin,
                Map.of("displayName", "Test " + username, "username", username, "role", "member"), headers);
    }

    /** The create's answer once onboarding settled, with the one-time password of the create. */
    private JsonNode active(String slug, String admin, Api.Response created) {
        JsonNode settled = settled(slug, admin, created);
        assertThat(settled.get("status").asText()).as(settled.toString()).isEqualTo("ACTIVE");
        return settled;
    }

    private JsonNode settled(String slug, String admin, Api.Response created) {
        assertThat(created.status()).as(created.toString()).isIn(201, 202);
        String id = created.body().get("id").asText();
        String path = "/api/tenants/" + slug + "/operations/" + id;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get(path, admin).body().path("status").asText().equals("PROVISIONING"));
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) api.get(
                "/api/tenants/" + slug + "/members/" + id, admin).body();
        node.set("oneTimePassword", created.body().get("oneTimePassword"));
        return node;
    }

    private String tenant(String slug) {
        assertThat(api.post("/api/tenants", operator, Api.tenantBody(slug, slug + "-admin", null)).status()).isEqualTo(201);
        return api.token(slug + "-admin", "customer-admin");
    }

    private String tenantWithDomain(String slug, String domain) {
        String admin = tenant(slug);
        var added = api.post("/api/tenants/" + slug + "/domains", admin, Map.of("domain", domain));
        assertThat(added.status()).as(added.toString()).isIn(201, 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/" + slug + "/domains/" + domain, admin).body().get("status").asText()
                        .equals("PROVISIONING")
                        && !api.get("/api/tenants/" + slug, admin).body().path("primaryMailDomain").isMissingNode());
        return admin;
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
