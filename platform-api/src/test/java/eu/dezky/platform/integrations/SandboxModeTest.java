package eu.dezky.platform.integrations;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

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

}
