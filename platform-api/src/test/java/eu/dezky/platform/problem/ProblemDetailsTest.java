package eu.dezky.platform.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.RawHttp;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, problem details everywhere: every 4xx/5xx, Tomcat's and Spring's own included, is an
 * application/problem+json body with a code, its documented type URI and, on value errors, the field; echoed values
 * are capped. The requests are sent byte for byte, so nothing on the client side tidies them up first.
 */
@SandboxComponentTest
class ProblemDetailsTest extends SandboxApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = "prob-co";

    @LocalServerPort
    int port;
    String operator;

    @BeforeEach
    void tenant() {
        operator = api.token("prob-op", "operator");
        if (api.get("/api/tenants/" + TENANT, operator).status() == 404) {
            onboarding.tenant(TENANT);
        }
    }

    /** name, request head with {@code {token}}, extra raw header bytes, body, status, code, field (or null). */
    record Bad(String name, String head, byte[] rawHeader, String body, int status, String code, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bad> badRequests() {
        String auth = "Authorization: Bearer {token}\r\n";
        String json = "Content-Type: application/json\r\n";
        return Stream.of(
                new Bad("dot segments", "GET /api/tenants/x/../" + TENANT + " HTTP/1.1\r\n" + auth, null, null,
                        400, "rejected-request", null),
                new Bad("semicolon", "GET /api/tenants/" + TENANT + ";v=1 HTTP/1.1\r\n" + auth, null, null,
                        400, "rejected-request", null),
                new Bad("encoded slash", "GET /api/tenants/a%2Fb HTTP/1.1\r\n" + auth, null, null,
                        400, "rejected-request", null),
                new Bad("encoded NUL", "GET /api/tenants/a%00b HTTP/1.1\r\n" + auth, null, null,
                        400, "rejected-request", null),
                new Bad("non-ASCII Idempotency-Key", "POST /api/tenants HTTP/1.1\r\n" + auth + json,
                        "Idempotency-Key: schlüssel\r\n".getBytes(StandardCharsets.UTF_8),
                        body("key-co"), 400, "invalid-value", "Idempotency-Key"),
                new Bad("unknown route", "GET /api/tenants/" + TENANT + "/nothing-here HTTP/1.1\r\n" + auth, null,
                        null, 404, "not-found", null),
                new Bad("unknown route without a token", "GET /nothing-here HTTP/1.1\r\n", null, null,
                        401, "unauthorized", null),
                // the member collection (a DELETE of the tenant itself is its offboarding)
                new Bad("method not allowed", "DELETE /api/tenants/" + TENANT + "/members HTTP/1.1\r\n" + auth, null,
                        null, 405, "method-not-allowed", null),
                new Bad("unsupported media type", "POST /api/tenants HTTP/1.1\r\n" + auth
                        + "Content-Type: text/plain\r\n", null, "slug=x", 415, "unsupported-media-type", null),
                new Bad("malformed JSON", "POST /api/tenants HTTP/1.1\r\n" + auth + json, null, "{\"slug\":",
                        400, "malformed-body", null),
                new Bad("no body", "POST /api/tenants HTTP/1.1\r\n" + auth + json, null, null,
                        400, "malformed-body", null),
                new Bad("a 1 MB display name", "POST /api/tenants HTTP/1.1\r\n" + auth + json, null,
                        "{\"slug\":\"big-co\",\"displayName\":\"" + "x".repeat(1_000_000)
                                + "\",\"owner\":{\"subject\":\"a\",\"email\":\"a@big.test\"}}",
                        400, "invalid-value", "displayName"),
                new Bad("a 1 MB slug", "POST /api/tenants HTTP/1.1\r\n" + auth + json, null,
                        "{\"slug\":\"" + "y".repeat(1_000_000) + "\",\"displayName\":\"Big\","
                                + "\"owner\":{\"subject\":\"a\",\"email\":\"a@big.test\"}}",
                        400, "invalid-value", "slug"),
                new Bad("a 1 MB owner e-mail", "POST /api/tenants HTTP/1.1\r\n" + auth + json, null,
                        "{\"slug\":\"big-co\",\"displayName\":\"Big\",\"owner\":{\"subject\":\"a\",\"email\":\""
                                + "z".repeat(1_000_000) + "\"}}", 400, "invalid-value", "owner.email"));
    }

    private static String body(String slug) {
        return "{\"slug\":\"" + slug + "\",\"displayName\":\"K\",\"owner\":{\"subject\":\"k\",\"email\":\"k@k.test\"}}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void everyRefusalIsAProblemWithACodeItsTypeAndTheField(Bad bad) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, bad.head().replace("{token}", operator), bad.rawHeader(),
                bad.body() == null ? null : bad.body().getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(bad.status());
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asText()).isEqualTo(bad.code());
        assertThat(problem.path("type").asText()).isEqualTo("https://docs.dezky.eu/problems/" + bad.code());
        assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
        if (bad.field() != null) {
            assertThat(problem.path("field").asText()).isEqualTo(bad.field());
        }
        assertThat(answer.body().length()).as("no whole echo").isLessThan(1500);
        assertThat(answer.body()).doesNotContain("x".repeat(201)).doesNotContain("y".repeat(201))
                .doesNotContain("z".repeat(201));
        assertThat(api.contract().violations(bad.head().split(" ")[0], bad.head().split(" ")[1], answer.status(),
                answer.contentType(), answer.body())).isEmpty();
    }

    @Test
    void tenThousandBadRecipientsAreNamedFiveAtATime() {
        String admin = onboarding.tenantWithDomain("rcpt-co", "rcpt.test");
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            bad.add("not-an-address-" + i);
        }

        Api.Response refused = api.post("/api/tenants/rcpt-co/mail/lists", admin,
                Map.of("address", "team@rcpt.test", "name", "Team", "recipients", bad));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("recipients");
        assertThat(refused.body().get("detail").asText()).contains("not-an-address-0").contains("and 9995 more")
                .doesNotContain("not-an-address-5,");
        assertThat(refused.body().toString().length()).isLessThan(1000);
    }
}
