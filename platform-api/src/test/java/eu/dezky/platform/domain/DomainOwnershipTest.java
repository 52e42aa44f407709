package eu.dezky.platform.domain;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.dns.KnotServer;
import eu.dezky.platform.integrations.Sandbox;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.Onboarding;
import eu.dezky.platform.support.Simulators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may keep a mail domain, against a real DNS server (the local Knot): a domain whose ownership was never proven
 * is provisional — another tenant that publishes its own ownership record takes it over, with the first tenant's
 * mailboxes on it — and expires after the unverified TTL (a few seconds here); a verified one stays with its tenant.
 */
@ComponentTest
class DomainOwnershipTest {

    /** Long enough for a takeover scenario to finish before its domain would expire, short enough to wait for. */
    private static final Duration TTL = Duration.ofSeconds(40);

    @RegisterExtension
    static final KnotServer DNS = new KnotServer()
            .zone("contested.example", "")
            .zone("verified.example", "")
            .zone("expiring.example", "");

    @DynamicPropertySource
    static void dnsAndExpiry(DynamicPropertyRegistry registry) {
        registry.add("DNS_RESOLVERS", DNS::resolver);
        registry.add("DNS_TIMEOUT", () -> "1s");
        registry.add("DEZKY_DOMAIN_UNVERIFIED_TTL", TTL::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    Sandbox sandbox;
    Api api;
    Onboarding onboarding;
    Simulators simulators;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        onboarding = new Onboarding(api);
        simulators = new Simulators(sandbox);
    }

    @Test
    void aTenantThatPublishesItsOwnershipRecordTakesOverADomainAnotherHoldsUnverified() throws Exception {
        String a = onboarding.tenant("squat-co");
        JsonNode held = onboarding.addDomain("squat-co", a, "contested.example");
        assertThat(held.get("ownership").asText()).isEqualTo("unproven");
        assertThat(held.hasNonNull("expiresAt")).as(held.toString()).isTrue();
        onboarding.activeMember("squat-co", a, "alice");
        assertThat(simulators.stalwartInspect().accountWithEmail("alice@contested.example")).isPresent();

        String b = onboarding.tenant("owner-co");
        var refused = api.post("/api/tenants/owner-co/domains", b, Map.of("domain", "contested.example"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("code").asText()).isEqualTo("domain-held-unverified");
        JsonNode record = refused.body().get("record");
        assertThat(record.get("type").asText()).isEqualTo("TXT");
        assertThat(record.get("name").asText()).isEqualTo("_dezky-verify.contested.example");
        assertThat(record.get("value").asText()).startsWith("dezky-verify=")
                .isNotEqualTo(ownershipRecord(held));
        assertThat(refused.body().get("takeover").asText())
                .isEqualTo("/api/tenants/owner-co/domains/contested.example/takeover");

        var tooEarly = api.post("/api/tenants/owner-co/domains/contested.example/takeover", b, null);
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.body().get("code").asText()).isEqualTo("ownership-not-proven");
        assertThat(tooEarly.body().get("record")).isEqualTo(record);

        DNS.publish("contested.example", record.get("name").asText() + ". IN TXT \"" + record.get("value").asText()
                + "\"\n");
        var takeover = api.post("/api/tenants/owner-co/domains/contested.example/takeover", b, null);

        assertThat(takeover.status()).as(takeover.toString()).isEqualTo(202);
        assertThat(takeover.header("Location")).startsWith("/api/tenants/owner-co/operations/");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                api.get("/api/tenants/owner-co/domains/contested.example", b).status()).isEqualTo(200));
        assertThat(api.get("/api/tenants/squat-co/domains/contested.example", a).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(simulators.stalwartInspect().accountWithEmail("alice@contested.example")).isEmpty());
        // the new holder's ownership token is the record it published: its first check proves it
        String path = "/api/tenants/owner-co/domains/contested.example";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                api.get(path, b).body().get("ownership").asText()).isEqualTo("proven"));
        assertThat(ownershipRecord(api.get(path, b).body())).isEqualTo(record.get("value").asText());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get(
                "/api/tenants/squat-co/audit?limit=200", a).body().toString())
                .contains("another tenant proved ownership in DNS and took it over"));
    }

    @Test
    void aVerifiedDomainCannotBeTakenOverAndKeepsItsOwnerWhenItsRecordDisappears() throws Exception {
        String v = onboarding.tenant("proven-co");
        JsonNode pending = onboarding.addDomain("proven-co", v, "verified.example");
        DNS.publish("verified.example", PublishedRecords.zone(pending));
        var checked = api.post("/api/tenants/proven-co/domains/verified.example/recheck", v, null);
        assertThat(checked.body().get("status").asText()).as(checked.toString()).isEqualTo("VERIFIED");
        assertThat(checked.body().get("ownership").asText()).isEqualTo("proven");
        assertThat(checked.body().hasNonNull("expiresAt")).isFalse();

        String w = onboarding.tenant("late-co");
        var taken = api.post("/api/tenants/late-co/domains", w, Map.of("domain", "verified.example"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("code").asText()).isEqualTo("domain-taken");
        assertThat(taken.body().get("detail").asText()).contains("contact", "support");
        var takeover = api.post("/api/tenants/late-co/domains/verified.example/takeover", w, null);
        assertThat(takeover.status()).isEqualTo(409);
        assertThat(takeover.body().get("code").asText()).isEqualTo("domain-taken");

        DNS.publish("verified.example", PublishedRecords.zone(pending, (type, value) ->
                type.equals("OWNERSHIP") ? null : value));
        var lost = api.post("/api/tenants/proven-co/domains/verified.example/recheck", v, null).body();
        assertThat(lost.get("ownership").asText()).as(lost.toString()).isEqualTo("lost");
        assertThat(api.post("/api/tenants/late-co/domains/verified.example/takeover", w, null).body()
                .get("code").asText()).isEqualTo("domain-taken");
    }

    @Test
    void anUnverifiedDomainIsWarnedThenRemovedWithItsMailboxes() {
        String admin = onboarding.tenant("lapse-co");
        Instant added = Instant.now();
        JsonNode domain = onboarding.addDomain("lapse-co", admin, "expiring.example");
        Instant expiresAt = Instant.parse(domain.get("expiresAt").asText());
        assertThat(expiresAt).isBetween(added.plus(TTL).minusSeconds(5), added.plus(TTL).plusSeconds(5));
        onboarding.activeMember("lapse-co", admin, "bob");

        await().atMost(TTL.plusSeconds(10)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                api.get("/api/tenants/lapse-co/audit?limit=200", admin).body().toString())
                .contains("ownership still not proven"));
        assertThat(api.get("/api/tenants/lapse-co/domains/expiring.example", admin).status()).isEqualTo(200);

        await().atMost(TTL).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                api.get("/api/tenants/lapse-co/domains/expiring.example", admin).status()).isEqualTo(404));
        assertThat(simulators.stalwartInspect().accountWithEmail("bob@expiring.example")).isEmpty();
        assertThat(simulators.stalwartInspect().domainNamed("expiring.example")).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/tenants/lapse-co/audit?limit=200", admin).body().toString())
                .contains("its ownership was never proven in time"));
    }

    private static String ownershipRecord(JsonNode view) {
        for (JsonNode r : view.get("records")) {
            if (r.get("type").asText().equals("OWNERSHIP")) {
                return r.get("expected").asText();
            }
        }
        throw new AssertionError("no ownership record in " + view);
    }
}
