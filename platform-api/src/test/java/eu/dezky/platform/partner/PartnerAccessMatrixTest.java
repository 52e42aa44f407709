package eu.dezky.platform.partner;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.Partners;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every partner and operator route, and partner mode on a customer's tenant routes, with six kinds of caller: a
 * customer admin, staff of another partner, the partner's own admin and member staff, removed staff and an operator.
 * Each row says which callers get in; everyone else must get 403 (never data).
 */
@ComponentTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one world for all rows: partners, staff and a customer
class PartnerAccessMatrixTest {

    enum Who { CUSTOMER_ADMIN, FOREIGN_PARTNER, OWN_ADMIN, OWN_MEMBER, REMOVED_STAFF, OPERATOR }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    Api api;
    Partners partners;
    String own;
    String foreign;
    String customer;
    Map<Who, String> tokens;

    @BeforeAll
    void world() {
        api = new Api(port);
        partners = new Partners(api);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        own = partners.create("Own " + suffix);
        foreign = partners.create("Foreign " + suffix);
        customer = "cust-" + suffix;
        tokens = new LinkedHashMap<>();
        tokens.put(Who.OWN_ADMIN, partners.staff(own, "own-admin-" + suffix, "admin"));
        tokens.put(Who.OWN_MEMBER, partners.staff(own, "own-member-" + suffix, "member"));
        tokens.put(Who.REMOVED_STAFF, partners.staff(own, "gone-" + suffix, "admin"));
        partners.removeStaff(own, "gone-" + suffix);
        tokens.put(Who.FOREIGN_PARTNER, partners.staff(foreign, "foreign-admin-" + suffix, "admin"));
        tokens.put(Who.OPERATOR, api.token("op", "operator"));
        var created = api.post("/api/tenants", tokens.get(Who.OWN_ADMIN), Api.tenantBody(customer, "boss-" + suffix, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        tokens.put(Who.CUSTOMER_ADMIN, api.token("boss-" + suffix, "customer-admin"));
    }

    @Test
    void eachRouteAdmitsExactlyItsCallers() {
        String subject = "new-" + UUID.randomUUID().toString().substring(0, 6);
        row("POST", "/api/operator/partners", Map.of("name", "X", "billingEmail", "x@x.test"), Who.OPERATOR);
        row("GET", "/api/operator/partners", null, Who.OPERATOR);
        row("GET", "/api/operator/partners/" + own, null, Who.OPERATOR);
        row("POST", "/api/operator/partners/" + own + "/staff", staffBody(subject + "-op"), Who.OPERATOR);
        row("DELETE", "/api/operator/partners/" + own + "/staff/" + subject + "-op", null, Who.OPERATOR);
        row("GET", "/api/operator/mrr", null, Who.OPERATOR);
        row("GET", "/api/tenants", null, Who.OPERATOR);
        // Partner routes act on the caller's own partner: the other partner's staff get their own (checked below).
        row("GET", "/api/partner/tenants", null, Who.OWN_ADMIN, Who.OWN_MEMBER, Who.FOREIGN_PARTNER);
        row("GET", "/api/partner/staff", null, Who.OWN_ADMIN, Who.OWN_MEMBER, Who.FOREIGN_PARTNER);
        row("GET", "/api/partner/mrr", null, Who.OWN_ADMIN, Who.OWN_MEMBER, Who.FOREIGN_PARTNER);
        row("POST", "/api/partner/staff", staffBody(subject), Who.OWN_ADMIN, Who.FOREIGN_PARTNER);
        row("DELETE", "/api/partner/staff/" + subject, null, Who.OWN_ADMIN, Who.FOREIGN_PARTNER);
        row("GET", "/api/tenants/" + customer, null, Who.CUSTOMER_ADMIN, Who.OWN_ADMIN, Who.OWN_MEMBER, Who.OPERATOR);
        row("PUT", "/api/tenants/" + customer + "/subscription",
                Map.of("plan", "Business", "pricePerSeatMinor", 1200, "currency", "EUR"),
                Who.OWN_ADMIN, Who.OWN_MEMBER, Who.OPERATOR);
        row("GET", "/api/me", null, Who.values());
    }

    @Test
    void partnerStaffCreateTenantsForTheirOwnPartnerOnly() {
        String slug = "made-" + UUID.randomUUID().toString().substring(0, 6);
        for (Who who : List.of(Who.CUSTOMER_ADMIN, Who.REMOVED_STAFF)) {
            assertThat(api.post("/api/tenants", tokens.get(who), Api.tenantBody(slug, "x", null)).status())
                    .as(who.name()).isEqualTo(403);
        }
        assertThat(api.post("/api/tenants", tokens.get(Who.FOREIGN_PARTNER), Api.tenantBody(slug, "x", own)).status())
                .isEqualTo(403);
        var made = api.post("/api/tenants", tokens.get(Who.OWN_MEMBER), Api.tenantBody(slug, "x", null));
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().get("partnerId").asText()).isEqualTo(own);
    }

    @Test
    void anotherPartnersStaffAndRemovedStaffReachNoRouteOfTheCustomerNorSeeIt() {
        List<String> routes = tenantRoutes();
        assertThat(routes).isNotEmpty();
        for (Who who : List.of(Who.FOREIGN_PARTNER, Who.REMOVED_STAFF)) {
            for (String route : routes) {
                String[] parts = route.split(" ", 2);
                String path = parts[1].replace("{slug}", customer).replaceAll("\\{[^}]+}", "x");
                var response = api.send(parts[0], path, tokens.get(who), parts[0].equals("GET") ? null : "{}", Map.of());
                assertThat(response.status()).as(who + " " + route).isEqualTo(403);
            }
        }
        // The partner's list shows the customer (the directory follows a moment after the 201); the foreign one's not.
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/partner/tenants", tokens.get(Who.OWN_MEMBER))
                .body().get("tenants").toString().contains(customer));
        assertThat(api.get("/api/partner/tenants", tokens.get(Who.FOREIGN_PARTNER)).body().get("tenants").toString())
                .doesNotContain(customer);
        assertThat(api.get("/api/partner/staff", tokens.get(Who.FOREIGN_PARTNER)).body().toString())
                .doesNotContain("own-admin-").contains("foreign-admin-");
    }

    @Test
    void removingStaffRevokesTheirAccessAtOnce() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String leaving = partners.staff(own, "leaving-" + suffix, "member");
        assertThat(api.get("/api/tenants/" + customer, leaving).status()).isEqualTo(200);

        var removed = api.send("DELETE", "/api/partner/staff/leaving-" + suffix, tokens.get(Who.OWN_ADMIN), null, Map.of());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get("/api/tenants/" + customer, leaving).status()).isEqualTo(403);
        assertThat(api.get("/api/partner/tenants", leaving).status()).isEqualTo(403);
    }

    @Test
    void anAdminCannotRemoveThemselvesAndAMemberCannotManageStaff() {
        String admin = tokens.get(Who.OWN_ADMIN);
        String self = api.get("/api/me", admin).body().get("subject").asText();
        var selfRemoval = api.send("DELETE", "/api/partner/staff/" + self, admin, null, Map.of());
        assertThat(selfRemoval.status()).isEqualTo(409);
        assertThat(selfRemoval.body().get("code").asText()).isEqualTo("self-removal");
        assertThat(api.post("/api/partner/staff", tokens.get(Who.OWN_MEMBER), staffBody("sneaky")).status()).isEqualTo(403);
        var badRole = api.post("/api/partner/staff", admin, Map.of("subject", "x", "email", "x@x.test", "role", "boss"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().get("field").asText()).isEqualTo("role");
        assertThat(api.send("DELETE", "/api/partner/staff/nobody-here", admin, null, Map.of()).status()).isEqualTo(404);
    }

    /** Calls the route with every kind of caller: the admitted ones must not get 401/403, the others must get 403. */
    private void row(String method, String path, Object body, Who... admitted) {
        List<Who> in = List.of(admitted);
        for (Who who : Who.values()) {
            if (in.contains(who)) {
                continue; // admitted callers go last: a DELETE must not remove what the refusals are about
            }
            var response = api.send(method, path, tokens.get(who), body, Map.of());
            assertThat(response.status()).as(who + " " + method + " " + path + ": " + response.body()).isEqualTo(403);
        }
        for (Who who : in) {
            var response = api.send(method, path, tokens.get(who), body, Map.of());
            assertThat(response.status()).as(who + " " + method + " " + path + ": " + response.body()).isBetween(200, 204);
        }
    }

    private static Map<String, String> staffBody(String subject) {
        return Map.of("subject", subject, "email", subject + "@partner.test", "role", "member");
    }

    private List<String> tenantRoutes() {
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/tenants/{slug}")) {
                    var methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                        routes.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return routes;
    }
}
