package eu.dezky.platform.idempotency;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.Onboarding;
import eu.dezky.platform.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ComponentTest
class IdempotencyKeyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdempotencyStore store;
    Api api;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        operator = api.token("op-idem", "operator");
    }

    @Test
    void aRetriedCreateWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() {
        var first = create("idem-co", "key-1", operator);
        var retry = create("idem-co", "key-1", operator);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo("/api/tenants/idem-co");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = 'idem-co'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void withoutAKeyARepeatIsANewRequest() {
        assertThat(api.post("/api/tenants", operator, Api.tenantBody("keyless", "o", null)).status()).isEqualTo(201);
        assertThat(api.post("/api/tenants", operator, Api.tenantBody("keyless", "o", null)).status()).isEqualTo(409);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejected() {
        assertThat(create("body-a", "key-2", operator).status()).isEqualTo(201);

        var reused = create("body-b", "key-2", operator);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(api.get("/api/tenants/body-b", operator).status()).isEqualTo(404);
    }

    @Test
    void keysAreScopedToTheCaller() {
        assertThat(create("scoped-a", "shared-key", operator).status()).isEqualTo(201);

        var other = create("scoped-a", "shared-key", api.token("op-other", "operator"));

        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(other.status()).isEqualTo(409);
    }

    @Test
    void theSameSubjectUnderTwoPartnersNeverSharesAnswers() {
        Partners partners = new Partners(api);
        String asA = partners.staff(partners.create("Idem Partner A"), "sam-idem", "admin");
        String asB = partners.staff(partners.create("Idem Partner B"), "sam-idem", "admin");
        assertThat(create("idem-pa", "partner-key", asA).status()).isEqualTo(201);

        var other = create("idem-pa", "partner-key", asB);

        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(other.status()).as("partner B's own answer, not partner A's 201").isEqualTo(409);
    }

    @Test
    void aValidationFailureIsNotKeptSoTheCorrectedRequestRunsUnderTheSameKey() {
        var refused = api.send("POST", "/api/tenants", operator, Api.tenantBody("Not A Slug!", "owner", null),
                Map.of("Idempotency-Key", "key-400"));
        assertThat(refused.status()).isEqualTo(400);

        var corrected = create("idem-fixed", "key-400", operator);

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aRefusalThatDependsOnThePassingStateIsNotReplayed() {
        Onboarding onboarding = new Onboarding(api);
        String admin = onboarding.tenant("idem-later");
        Map<String, String> key = Map.of("Idempotency-Key", "member-key");
        var early = onboarding.create("idem-later", admin, "nina", "member", key);
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body().get("code").asText()).isEqualTo("no-primary-domain");
        onboarding.addDomain("idem-later", admin, "idem-later.test");

        var retried = onboarding.create("idem-later", admin, "nina", "member", key);

        assertThat(retried.status()).as(retried.toString()).isIn(201, 202);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(retried.body().get("oneTimePassword").asText()).isNotBlank();
        var replayed = onboarding.create("idem-later", admin, "nina", "member", key);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.body()).isEqualTo(retried.body());
    }

    @Test
    void aLeaseThatRanOutIsTakenOverWithTheValuesTheFirstTryRemembered() {
        String scope = "test-scope lease";
        assertThat(store.claim(scope, "hash")).isTrue();
        String id = store.remember(scope, "member-id", () -> "first");

        assertThat(store.claim(scope, "hash")).as("the lease still runs").isFalse();
        assertThat(store.find(scope).orElseThrow().leaseUntil()).isAfter(java.time.Instant.now());
        store.expire(scope);
        assertThat(store.claim(scope, "other-hash")).as("another request never takes the key").isFalse();
        assertThat(store.claim(scope, "hash")).as("the retry takes the key over").isTrue();

        assertThat(store.remember(scope, "member-id", () -> "second")).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT memo FROM idempotency_record WHERE scope_key = ?", byte[].class, scope))
                .asString().doesNotContain("first");
    }

    @Test
    void aMalformedKeyIsA400() {
        assertThat(create("bad-key", "has spaces", operator).status()).isEqualTo(400);
    }

    private Api.Response create(String slug, String key, String token) {
        return api.send("POST", "/api/tenants", token, Api.tenantBody(slug, "owner", null), Map.of("Idempotency-Key", key));
    }
}
