package eu.dezky.platform.partner;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/tenants} for operators (cursor pages, filters) and the MRR routes' input checks. */
@ComponentTest
class OperatorTenantListTest {

    @LocalServerPort
    int port;
    Api api;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        operator = api.token("op", "operator");
    }

    @Test
    void operatorsPageThroughAPartnersTenantsByCursor() {
        Partners partners = new Partners(api);
        String partner = partners.create("Pager " + UUID.randomUUID().toString().substring(0, 6));
        String prefix = "pg-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 5; i++) {
            assertThat(api.post("/api/tenants", operator, Api.tenantBody(prefix + "-" + i, "o" + i, partner)).status())
                    .isEqualTo(201);
        }
        assertThat(api.post("/api/tenants", operator, Api.tenantBody(prefix + "-direct", "od", null)).status())
                .isEqualTo(201);

        // The tenant directory is a projection of its own: the new tenants show there a moment after their 201s.
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/tenants?partner=" + partner, operator)
                .body().get("tenants").size() == 5);
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = api.get("/api/tenants?partner=" + partner + "&status=active&limit=2&cursor=" + cursor,
                    operator).body();
            page.get("tenants").forEach(t -> seen.add(t.get("slug").asText()));
            cursor = page.path("nextCursor").asText("");
            pages++;
        } while (!cursor.isEmpty());

        assertThat(seen).containsExactly(prefix + "-1", prefix + "-2", prefix + "-3", prefix + "-4", prefix + "-5");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void badFiltersAndRangesAreRefusedNamingTheField() {
        assertThat(field(api.get("/api/tenants?status=sleeping", operator))).isEqualTo("status");
        assertThat(field(api.get("/api/tenants?cursor=NOT%20A%20SLUG", operator))).isEqualTo("cursor");
        assertThat(field(api.get("/api/tenants?limit=0", operator))).isEqualTo("limit");
        assertThat(field(api.get("/api/operator/mrr?from=yesterday", operator))).isEqualTo("from");
        assertThat(field(api.get("/api/operator/mrr?from=2026-02-01&to=2026-01-01", operator))).isEqualTo("to");
        assertThat(field(api.get("/api/operator/mrr?from=2020-01-01&to=2026-01-01", operator))).isEqualTo("from");
        var unknown = api.get("/api/operator/partners/p_nobody", operator);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asText()).isEqualTo("partner-not-found");
        assertThat(field(api.post("/api/operator/partners", operator, Map.of("name", "N", "billingEmail", "nope"))))
                .isEqualTo("billingEmail");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.body().get("field").asText();
    }
}
