package eu.dezky.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Partners;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, the contract: the engine serves its OpenAPI 3.1 document and Swagger UI without a token; every route
 * of the mapping table is in it with its audiences, the bearer scheme and its problem answers; the audiences it names
 * are the ones the filter chain admits; and an answer of the wrong shape fails the check every component test runs.
 */
@SandboxComponentTest
class OpenApiContractTest extends SandboxApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> AUDIENCES = List.of("customer-admin", "partner", "operator");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    JsonNode document;

    @BeforeEach
    void document() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        document = JSON.readTree(response.body());
    }

    @Test
    void theDocumentAndSwaggerUiAreServedWithoutAToken() throws Exception {
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        HttpClient follow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> ui = follow.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/swagger-ui.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void everyRouteIsDocumentedWithItsAudiencesBearerSchemeAndProblems() {
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            documented.add(op.getKey().toUpperCase() + " " + path.getKey());
            JsonNode operation = op.getValue();
            assertThat(operation.has("x-audiences")).as(op.getKey() + " " + path.getKey()).isTrue();
            assertThat(operation.path("description").asText()).contains(operation.path("x-audiences").isEmpty()
                    ? "Public" : "Audiences:");
            for (String status : List.of("400", "404", "500", "default")) {
                assertThat(operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref")
                        .asText()).as(path.getKey() + " " + status).isEqualTo("#/components/schemas/Problem");
            }
            if (!operation.path("x-audiences").isEmpty()) {
                assertThat(operation.at("/security/0").has("bearer")).isTrue();
                assertThat(operation.at("/responses/401/content").isMissingNode()).isFalse();
            }
        }));

        assertThat(documented).containsAll(routes());
    }

    /**
     * Each documented operation is called with a token of each audience: one the document does not name must get
     * 403, one it names must get past the filter chain (whatever the route then says about the empty request).
     */
    @Test
    void theDocumentedAudiencesAreExactlyTheOnesAdmitted() {
        String admin = onboarding.tenant("docs-co");
        // partner staff: a registered partner whose admin staff holds the token (partner routes need both)
        Partners partners = new Partners(api);
        String partnerId = partners.create("Docs Partner");
        Map<String, String> tokens = Map.of("customer-admin", admin,
                "partner", partners.staff(partnerId, "docs-staff", "admin"),
                "operator", api.token("docs-op", "operator"));
        String operator = tokens.get("operator");
        api.post("/api/tenants", operator, Api.tenantBody("docs-pco", "docs-padmin", partnerId));
        // suspending or offboarding the tenants above would turn the later routes' answers into 409s
        api.post("/api/tenants", operator, Api.tenantBody("docs-life", "docs-ladmin", partnerId));

        List<String> disagreements = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<String> named = new ArrayList<>();
            op.getValue().path("x-audiences").forEach(a -> named.add(a.asText()));
            for (String audience : AUDIENCES) {
                String method = op.getKey().toUpperCase();
                String slug = lifecycle(method, path.getKey()) ? "docs-life"
                        : audience.equals("partner") ? "docs-pco" : "docs-co";
                String route = path.getKey().replace("{slug}", slug).replaceAll("\\{[^}]+}", "x");
                if (route.equals("/api/tenants") && method.equals("POST")) {
                    route = "/api/tenants"; // an empty body: 400 for those admitted, 403 for the others
                }
                int status = api.send(method, route, tokens.get(audience), method.equals("GET") ? null : "{}",
                        Map.of()).status();
                boolean admitted = status != 403 && status != 401;
                if (admitted != named.contains(audience) && !named.isEmpty()) {
                    disagreements.add(method + " " + path.getKey() + " as " + audience + ": " + status);
                }
            }
        }));

        assertThat(disagreements).isEmpty();
    }

    /** The routes that suspend, resume or offboard the whole tenant. */
    private static boolean lifecycle(String method, String path) {
        return path.equals("/api/tenants/{slug}/suspend") || path.equals("/api/tenants/{slug}/resume")
                || (path.equals("/api/tenants/{slug}") && method.equals("DELETE"));
    }

    @Test
    void anAnswerOfTheWrongShapeFailsTheContract() {
        String path = "/api/tenants/docs-co/members";

        assertThat(api.contract().violations("GET", path, 200, "application/json", "{\"members\":[]}")).isEmpty();
        assertThat(api.contract().violations("GET", path, 200, "application/json", "{\"members\":\"bob\"}"))
                .as("a string where the list belongs").isNotEmpty();
        assertThat(api.contract().violations("GET", path, 200, "application/json",
                "{\"members\":[{\"id\":\"m-1\",\"password\":\"secret\"}]}")).as("an undocumented property").isNotEmpty();
        assertThat(api.contract().violations("GET", path, 418, "application/json", "{}"))
                .as("an error that is no problem").isNotEmpty();
        assertThat(api.contract().violations("POST", path, 201, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":201}")).as("a problem for a created member")
                .isNotEmpty();
        assertThat(api.contract().violations("DELETE", path + "/m-1", 200, "application/json", "{}"))
                .as("an undocumented status").isNotEmpty();
    }

    /** The routes of Spring MVC's mapping table under /api and /dev, as "METHOD /path". */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/dev/")) {
                    continue;
                }
                Iterator<RequestMethod> methods = info.getMethodsCondition().getMethods().iterator();
                while (methods.hasNext()) {
                    routes.add(methods.next().name() + " " + pattern);
                }
            }
        }
        assertThat(routes).isNotEmpty();
        return routes;
    }
}
