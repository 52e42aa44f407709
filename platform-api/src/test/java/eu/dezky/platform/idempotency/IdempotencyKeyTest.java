package eu.dezky.platform.idempotency;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
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
    void aMalformedKeyIsA400() {
        assertThat(create("bad-key", "has spaces", operator).status()).isEqualTo(400);
    }

    private Api.Response create(String slug, String key, String token) {
        return api.send("POST", "/api/tenants", token, Api.tenantBody(slug, "owner", null), Map.of("Idempotency-Key", key));
    }
}
