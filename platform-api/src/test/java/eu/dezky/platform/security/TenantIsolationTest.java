package eu.dezky.platform.security;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.platform.support.Partners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every tenant route the engine serves (read from Spring MVC's own mapping table, so a new route is
 * covered without touching this test) with a token of another tenant's admin: the answer is 403 or 404, never data.
 */
@ComponentTest
class TenantIsolationTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    Api api;

    @BeforeEach
    void twoTenants() {
        api = new Api(port);
        String operator = api.token("op", "operator");
        api.post("/api/tenants", operator, Api.tenantBody("victim", "victim-admin", null));
        api.post("/api/tenants", operator, Api.tenantBody("intruder", "intruder-admin", null));
    }

    @Test
    void everyTenantRouteRefusesAnotherTenantsAdmin() {
        String intruder = api.token("intruder-admin", "customer-admin");
        List<String> routes = tenantRoutes();
        assertThat(routes).as("tenant routes found in the mapping table").isNotEmpty();

        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            String path = parts[1].replace("{slug}", "victim").replaceAll("\\{[^}]+}", "x");
            var response = api.send(parts[0], path, intruder, parts[0].equals("GET") ? null : "{}", Map.of());
            assertThat(response.status()).as(route).isIn(403, 404);
            assertThat(response.body() == null || response.body().has("status")).as(route + " returns no data").isTrue();
        }
        // The intruder still reaches its own tenant: the refusal above is about ownership, not a broken route.
        assertThat(api.get("/api/tenants/intruder", intruder).status()).isEqualTo(200);
    }

    @Test
    void everyTenantRouteNeedsAToken() {
        for (String route : tenantRoutes()) {
            String[] parts = route.split(" ", 2);
            String path = parts[1].replace("{slug}", "victim").replaceAll("\\{[^}]+}", "x");
            assertThat(api.send(parts[0], path, null, parts[0].equals("GET") ? null : "{}", Map.of()).status())
                    .as(route).isEqualTo(401);
        }
    }

    /** The partner claim alone admits nobody: the subject must be on that partner's staff list too. */
    @Test
    void partnerStaffSeeOnlyTheirPartnersTenants() {
        String operator = api.token("op", "operator");
        Partners partners = new Partners(api);
        String reseller = partners.create("Reseller Q");
        String staff = partners.staff(reseller, "s", "member");
        api.post("/api/tenants", operator, Api.tenantBody("partnered", "p-admin", reseller));

        assertThat(api.get("/api/tenants/partnered", staff).status()).isEqualTo(200);
        assertThat(api.get("/api/tenants/victim", staff).status()).isEqualTo(403);
        assertThat(api.get("/api/tenants/partnered", api.token("not-staff", "partner", reseller)).status())
                .isEqualTo(403);
        // a tenant's lifecycle: its partner's staff may run it, another partner's may not
        assertThat(api.post("/api/tenants/victim/suspend", staff, Map.of()).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/tenants/victim", staff, null, Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/tenants/partnered/suspend", staff, Map.of()).status()).isEqualTo(202);
    }

    private List<String> tenantRoutes() {
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/tenants/{slug}")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    routes.add(method.name() + " " + pattern);
                }
            }
        }
        return routes;
    }
}
