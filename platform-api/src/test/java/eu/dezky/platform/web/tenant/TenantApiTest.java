package eu.dezky.platform.web.tenant;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@ComponentTest
class TenantApiTest {

    @LocalServerPort
    int port;
    Api api;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        operator = api.token("op-1", "operator");
    }

    @Test
    void operatorCreatesTenantAndOwnerBecomesFirstAdmin() {
        var created = api.post("/api/tenants", operator,
                "{\"slug\":\"acme\",\"displayName\":\"Acme ApS\",\"owner\":{\"subject\":\"alice\",\"email\":\"alice@acme.test\"},\"partnerId\":null}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/tenants/acme");
        assertThat(created.body().get("displayName").asText()).isEqualTo("Acme ApS");

        var read = api.get("/api/tenants/acme", api.token("alice", "customer-admin"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("admins").get(0).get("subject").asText()).isEqualTo("alice");
        assertThat(read.body().get("admins").get(0).get("email").asText()).isEqualTo("alice@acme.test");
    }

    @Test
    void duplicateSlugIsAConflict() {
        assertThat(api.post("/api/tenants", operator, Api.tenantBody("dup-co", "bob", null)).status()).isEqualTo(201);

        var again = api.post("/api/tenants", operator, Api.tenantBody("dup-co", "carol", null));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.body().get("code").asText()).isEqualTo("tenant-exists");
    }

    @Test
    void concurrentCreatesOfOneSlugLetExactlyOneWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String owner = "owner" + i;
                creates.add(() -> api.post("/api/tenants", operator, Api.tenantBody("race-co", owner, null)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(creates)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidSlugIsA400NamingTheField() {
        var response = api.post("/api/tenants", operator, Api.tenantBody("Bad_Slug", "dave", null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("field").asText()).isEqualTo("slug");
    }

    @Test
    void slugsMustHaveTwoToSixtyThreeCharactersAndInnerHyphensOnly() {
        for (String slug : List.of("a", "-acme", "acme-", "a".repeat(64))) {
            assertThat(api.post("/api/tenants", operator, Api.tenantBody(slug, "erin", null)).status())
                    .as(slug).isEqualTo(400);
        }
    }

    @Test
    void invalidOwnerEmailIsA400NamingTheField() {
        var body = Api.tenantBody("mailless", "frank", null);
        body.put("owner", Map.of("subject", "frank", "email", "not-an-address"));

        var response = api.post("/api/tenants", operator, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("field").asText()).isEqualTo("owner.email");
    }

    @Test
    void missingOwnerAndMalformedJsonAre400NotServerErrors() {
        var noOwner = Api.tenantBody("ownerless", "x", null);
        noOwner.remove("owner");
        assertThat(api.post("/api/tenants", operator, noOwner).status()).isEqualTo(400);
        assertThat(api.post("/api/tenants", operator, "{\"slug\":").status()).isEqualTo(400);
        assertThat(api.post("/api/tenants", operator, "[]").status()).isEqualTo(400);
        var blankName = Api.tenantBody("nameless", "x", null);
        blankName.put("displayName", "  ");
        var response = api.post("/api/tenants", operator, blankName);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("field").asText()).isEqualTo("displayName");
    }

    @Test
    void unknownTenantIs404ForAnOperator() {
        var response = api.get("/api/tenants/no-such-tenant", operator);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void partnerCreatesTenantsForItselfOnly() {
        Partners partners = new Partners(api);
        String resellerA = partners.create("Reseller A");
        String resellerB = partners.create("Reseller B");
        String partner = partners.staff(resellerA, "staff-1", "member");

        var own = api.post("/api/tenants", partner, Api.tenantBody("resold", "gina", null));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.body().get("partnerId").asText()).isEqualTo(resellerA);
        assertThat(api.get("/api/tenants/resold", partner).status()).isEqualTo(200);

        assertThat(api.post("/api/tenants", partner, Api.tenantBody("stolen", "hank", resellerB)).status()).isEqualTo(403);
        assertThat(api.get("/api/tenants/resold", partners.staff(resellerB, "staff-2", "admin")).status()).isEqualTo(403);
    }

    @Test
    void aTenantOfAnUnknownPartnerIsRefusedNamingTheField() {
        var response = api.post("/api/tenants", operator, Api.tenantBody("orphan", "olga", "p_nobody"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("field").asText()).isEqualTo("partnerId");
    }

    @Test
    void customerAdminsCannotCreateTenants() {
        assertThat(api.post("/api/tenants", api.token("ivy", "customer-admin"), Api.tenantBody("diy", "ivy", null)).status())
                .isEqualTo(403);
    }

    @Test
    void missingOrInvalidTokenIs401() {
        assertThat(api.post("/api/tenants", null, Api.tenantBody("anon", "x", null)).status()).isEqualTo(401);
        var forged = api.get("/api/tenants/acme", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get("/api/me", null).status()).isEqualTo(401);
    }

    @Test
    void meDescribesTheCaller() {
        var me = api.get("/api/me", api.token("staff-9", "partner", "reseller-z"));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("subject").asText()).isEqualTo("staff-9");
        assertThat(me.body().get("audience").asText()).isEqualTo("partner");
        assertThat(me.body().get("partnerId").asText()).isEqualTo("reseller-z");
    }
}
