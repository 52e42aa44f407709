package eu.dezky.platform.integrations;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing configured: the engine starts the simulators, points its clients at them and says so. */
@ComponentTest
class SandboxModeTest {

    @LocalServerPort
    int port;
    @Autowired
    Sandbox sandbox;
    @Autowired
    AuthentikClient authentik;
    @Autowired
    OcisClient ocis;
    @Autowired
    StalwartClient stalwart;

    @Test
    void infoSaysWhichSystemsAreSimulated() {
        var info = new Api(port).get("/actuator/info", null);

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body().get("sandbox").asBoolean()).isTrue();
        assertThat(info.body().at("/integrations/authentik/mode").asText()).isEqualTo("simulator");
        assertThat(info.body().at("/integrations/ocis/mode").asText()).isEqualTo("simulator");
        assertThat(info.body().at("/integrations/stalwart/mode").asText()).isEqualTo("simulator");
        assertThat(info.body().at("/integrations/authentik/url").asText())
                .isEqualTo(sandbox.simulator("authentik").orElseThrow().baseUrl().toString());
    }

    @Test
    void theClientsTalkToTheStartedSimulators() {
        authentik.findOrCreateGroup("sandbox-wiring");
        var ocisGroup = ocis.findOrCreateGroup("sandbox-wiring");

        var authentikSim = (AuthentikSimulator) sandbox.simulator("authentik").orElseThrow();
        var ocisSim = (OcisSimulator) sandbox.simulator("ocis").orElseThrow();
        assertThat(authentikSim.membersOf("sandbox-wiring")).isEmpty();
        assertThat(ocisSim.membersOf(ocisGroup.value())).isEmpty();
        assertThat(authentikSim.faults().calls("POST /core/groups/")).isEqualTo(1);

        var domain = stalwart.createOrAdoptDomain("sandbox-wiring.test");
        var stalwartSim = (StalwartSandboxSimulator) sandbox.simulator("stalwart").orElseThrow();
        assertThat(stalwartSim.simulator().inspect().domainNamed("sandbox-wiring.test")).isPresent();
        assertThat(domain.name()).isEqualTo("sandbox-wiring.test");
    }


    @Test
    void anOperatorSeesANewMemberInAllThreeSimulatorsWithoutAnySecret() {
        Api api = new Api(port);
        String operator = api.token("op", "operator");
        assertThat(api.post("/api/tenants", operator, Api.tenantBody("sandbox-co", "sandbox-admin", null)).status())
                .isEqualTo(201);
        String admin = api.token("sandbox-admin", "customer-admin");
        assertThat(api.post("/api/tenants/sandbox-co/domains", admin, Map.of("domain", "sandbox-co.test")).status())
                .isIn(201, 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/sandbox-co", admin).body().path("primaryMailDomain").isMissingNode());
        var created = api.post("/api/tenants/sandbox-co/members", admin,
                Map.of("displayName", "Bob Builder", "username", "bob", "role", "member"));
        assertThat(created.status()).as(created.toString()).isIn(201, 202);
        String password = created.body().get("oneTimePassword").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> api.get(
                "/api/tenants/sandbox-co/members/" + created.body().get("id").asText(), admin).body()
                .path("status").asText().equals("ACTIVE"));

        var seen = api.get("/api/operator/sandbox", operator);

        assertThat(seen.status()).isEqualTo(200);
        JsonNode body = seen.body();
        assertThat(body.at("/authentik/users").findValuesAsText("username")).contains("bob@sandbox-co.test");
        assertThat(body.at("/stalwart/accounts").findValuesAsText("emailAddress")).contains("bob@sandbox-co.test");
        assertThat(body.at("/stalwart/domains").toString()).contains("sandbox-co.test");
        assertThat(body.at("/ocis/users").findValuesAsText("username")).contains("bob@sandbox-co.test");
        assertThat(body.toString()).doesNotContain(password)
                .doesNotContain(sandbox.simulator("authentik").orElseThrow().adminCredentials().get("token"));
        assertThat(api.get("/api/operator/sandbox", admin).status()).isEqualTo(403);
    }
}
