package eu.dezky.platform.domain;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.dns.KnotServer;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.Onboarding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail domains over HTTP with the Stalwart simulator (sandbox mode) and a real DNS server: the engine's DNS
 * verifier asks the local Knot server, and the tests publish records in it the way an admin would.
 */
@ComponentTest
class MailDomainApiTest {

    @RegisterExtension
    static final KnotServer DNS = new KnotServer()
            .zone("good.test", "")
            .zone("wrong.test", "")
            .zone("broken.test", "")
            .zone("dmarc.test", "");

    @DynamicPropertySource
    static void dnsAndRechecks(DynamicPropertyRegistry registry) {
        registry.add("DNS_RESOLVERS", DNS::resolver);
        registry.add("DNS_TIMEOUT", () -> "1s");
        // Pending domains are rechecked every few seconds here, so a fixed record turns green on the schedule.
        registry.add("DEZKY_DOMAIN_RECHECK_PENDING", () -> "3s");
    }

    @LocalServerPort
    int port;
    Api api;
    String operator;
    Onboarding onboarding;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        operator = api.token("op", "operator");
        onboarding = new Onboarding(api);
    }

    @Test
    void recordsPublishedAsAskedMakeTheDomainVerified() throws Exception {
        String admin = onboarding.tenant("good-co");
        JsonNode pending = onboarding.addDomain("good-co", admin, "good.test");
        assertThat(types(pending)).contains("MX", "SPF", "DKIM", "DMARC", "OWNERSHIP");

        DNS.publish("good.test", PublishedRecords.zone(pending));
        var checked = api.post("/api/tenants/good-co/domains/good.test/recheck", admin, null);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body().get("status").asText()).isEqualTo("VERIFIED");
        assertThat(checked.body().get("records")).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("OK"));
        assertThat(checked.body().get("lastCheckedAt").isNull()).isFalse();
        assertThat(checked.body().get("nextCheckAt").isNull()).isFalse();
    }

    @Test
    void oneWrongRecordShowsItsDiffAndTurnsVerifiedOnTheNextScheduledCheckOnceFixed() throws Exception {
        String admin = onboarding.tenant("wrong-co");
        JsonNode pending = onboarding.addDomain("wrong-co", admin, "wrong.test");
        String expectedMx = record(pending, "MX").get("expected").asText();

        DNS.publish("wrong.test", PublishedRecords.zone(pending,
                PublishedRecords.replacing("MX", mx -> "20 elsewhere.example.")));
        var checked = api.post("/api/tenants/wrong-co/domains/wrong.test/recheck", admin, null);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body().get("status").asText()).isEqualTo("PENDING");
        JsonNode mx = record(checked.body(), "MX");
        assertThat(mx.get("status").asText()).isEqualTo("MISMATCH");
        assertThat(mx.get("expected").asText()).isEqualTo(expectedMx);
        assertThat(mx.get("found").toString()).contains("elsewhere.example");
        assertThat(checked.body().get("records")).filteredOn(r -> !r.get("type").asText().equals("MX"))
                .allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("OK"));

        // No recheck request: the deadline manager's scheduled check sees the fix.
        DNS.publish("wrong.test", PublishedRecords.zone(pending));
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.get("/api/tenants/wrong-co/domains/wrong.test", admin).body().get("status").asText())
                        .isEqualTo("VERIFIED"));
    }

    @Test
    void aVerifiedDomainWhoseMxDisappearsNeedsAttentionAndCountsForTheBadge() throws Exception {
        String admin = onboarding.tenant("broken-co");
        JsonNode pending = onboarding.addDomain("broken-co", admin, "broken.test");
        DNS.publish("broken.test", PublishedRecords.zone(pending));
        assertThat(recheck("broken-co", admin, "broken.test").get("status").asText()).isEqualTo("VERIFIED");
        assertThat(api.get("/api/tenants/broken-co/domains", admin).body().get("needingAttention").asInt()).isZero();

        DNS.publish("broken.test", PublishedRecords.zone(pending, PublishedRecords.replacing("MX", mx -> null)));
        JsonNode broken = recheck("broken-co", admin, "broken.test");

        assertThat(broken.get("status").asText()).isEqualTo("NEEDS_ATTENTION");
        assertThat(record(broken, "MX").get("status").asText()).isEqualTo("MISSING");
        var list = api.get("/api/tenants/broken-co/domains", admin);
        assertThat(list.body().get("needingAttention").asInt()).isEqualTo(1);
        assertThat(list.body().get("domains").get(0).get("domain").asText()).isEqualTo("broken.test");
    }

    @Test
    void aDmarcChangeIsWhatTheNextCheckComparesAgainst() throws Exception {
        String admin = onboarding.tenant("dmarc-co");
        JsonNode pending = onboarding.addDomain("dmarc-co", admin, "dmarc.test");
        DNS.publish("dmarc.test", PublishedRecords.zone(pending));
        assertThat(recheck("dmarc-co", admin, "dmarc.test").get("status").asText()).isEqualTo("VERIFIED");

        var changed = api.send("PUT", "/api/tenants/dmarc-co/domains/dmarc.test/dmarc", admin,
                Map.of("policy", "quarantine", "rua", "mailto:reports@dmarc.test"), Map.of());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(record(changed.body(), "DMARC").get("expected").asText())
                .isEqualTo("v=DMARC1; p=quarantine; rua=mailto:reports@dmarc.test");

        JsonNode stale = recheck("dmarc-co", admin, "dmarc.test");
        assertThat(record(stale, "DMARC").get("status").asText()).isEqualTo("MISMATCH");
        assertThat(stale.get("status").asText()).isEqualTo("NEEDS_ATTENTION");

        DNS.publish("dmarc.test", PublishedRecords.zone(stale));
        assertThat(recheck("dmarc-co", admin, "dmarc.test").get("status").asText()).isEqualTo("VERIFIED");
    }

    @Test
    void anInvalidDmarcPolicyIsA400NamingTheField() {
        String admin = onboarding.tenant("policy-co");
        onboarding.addDomain("policy-co", admin, "policy.test");

        var badPolicy = api.send("PUT", "/api/tenants/policy-co/domains/policy.test/dmarc", admin,
                Map.of("policy", "block"), Map.of());
        var badRua = api.send("PUT", "/api/tenants/policy-co/domains/policy.test/dmarc", admin,
                Map.of("policy", "none", "rua", "reports@policy.test"), Map.of());

        assertThat(badPolicy.status()).isEqualTo(400);
        assertThat(badPolicy.body().get("field").asText()).isEqualTo("policy");
        assertThat(badRua.status()).isEqualTo(400);
        assertThat(badRua.body().get("field").asText()).isEqualTo("rua");
    }

    @Test
    void twoTenantsAddingOneDomainAtOnceLetExactlyOneWin() throws Exception {
        String first = onboarding.tenant("race-a");
        String second = onboarding.tenant("race-b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> adds = List.of(
                    () -> api.post("/api/tenants/race-a/domains", first, Map.of("domain", "contested.test")).status(),
                    () -> api.post("/api/tenants/race-b/domains", second, Map.of("domain", "contested.test")).status());
            List<Integer> statuses = pool.invokeAll(adds).stream().map(MailDomainApiTest::get).toList();

            assertThat(statuses).containsOnlyOnce(409);
            assertThat(statuses).filteredOn(s -> s == 201 || s == 202).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        var again = api.post("/api/tenants/race-b/domains", second, Map.of("domain", "Contested.TEST"));
        assertThat(again.status()).isEqualTo(409);
        // the winner has not proven ownership yet: the loser is told what to publish to take it over
        assertThat(again.body().get("code").asText()).isEqualTo("domain-held-unverified");
        assertThat(again.body().at("/record/name").asText()).isEqualTo("_dezky-verify.contested.test");
    }

    @Test
    void anInvalidDomainIsA400NamingTheFieldAndAnIdnIsStoredAsALabels() {
        String admin = onboarding.tenant("idn-co");
        for (String bad : List.of("localhost", "-bad.test", "exa mple.test", "")) {
            var response = api.post("/api/tenants/idn-co/domains", admin, Map.of("domain", bad));
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.body().get("field").asText()).as(bad).isEqualTo("domain");
        }
        assertThat(api.post("/api/tenants/idn-co/domains", admin, Map.of()).body().get("field").asText())
                .isEqualTo("domain");

        var idn = api.post("/api/tenants/idn-co/domains", admin, Map.of("domain", "Bücher.Test"));
        assertThat(idn.status()).isIn(201, 202);
        assertThat(idn.header("Location")).isEqualTo("/api/tenants/idn-co/domains/xn--bcher-kva.test");
    }

    @Test
    void unknownAndForeignDomainsAre404() {
        String owner = onboarding.tenant("owner-co");
        String other = onboarding.tenant("other-co");
        onboarding.addDomain("owner-co", owner, "owned.test");

        assertThat(api.get("/api/tenants/other-co/domains/owned.test", other).status()).isEqualTo(404);
        assertThat(api.post("/api/tenants/other-co/domains/owned.test/recheck", other, null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/tenants/other-co/domains/owned.test", other, null, Map.of()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/tenants/other-co/domains", other).body().get("domains")).isEmpty();
        assertThat(api.get("/api/tenants/owner-co/domains/nowhere.test", owner).status()).isEqualTo(404);
        assertThat(api.get("/api/tenants/no-such-co/domains", operator).status()).isEqualTo(404);
    }

    // helpers

    private JsonNode recheck(String slug, String admin, String domain) {
        var checked = api.post("/api/tenants/" + slug + "/domains/" + domain + "/recheck", admin, null);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        return checked.body();
    }

    static JsonNode record(JsonNode view, String type) {
        return StreamSupport.stream(view.get("records").spliterator(), false)
                .filter(r -> r.get("type").asText().equals(type)).findFirst().orElseThrow();
    }

    private static List<String> types(JsonNode view) {
        return StreamSupport.stream(view.get("records").spliterator(), false).map(r -> r.get("type").asText()).toList();
    }

    private static <T> T get(java.util.concurrent.Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
