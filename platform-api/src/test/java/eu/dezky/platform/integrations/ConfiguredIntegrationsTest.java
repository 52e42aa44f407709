package eu.dezky.platform.integrations;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configured URLs always win: with Authentik and oCIS configured (here: simulators the test runs itself, standing
 * in for remote servers) the engine starts no simulator for them and its clients call the configured ones.
 */
@ComponentTest
class ConfiguredIntegrationsTest {

    private static final AuthentikSimulator REMOTE_AUTHENTIK = AuthentikSimulator.start();
    private static final OcisSimulator REMOTE_OCIS = OcisSimulator.start();

    @LocalServerPort
    int port;
    @Autowired
    Sandbox sandbox;
    @Autowired
    AuthentikClient authentik;

    @DynamicPropertySource
    static void configured(DynamicPropertyRegistry registry) {
        registry.add("AUTHENTIK_URL", () -> REMOTE_AUTHENTIK.baseUrl().toString());
        registry.add("AUTHENTIK_TOKEN", () -> REMOTE_AUTHENTIK.adminCredentials().get("token"));
        registry.add("OCIS_URL", () -> REMOTE_OCIS.baseUrl().toString());
        registry.add("OCIS_USER", () -> REMOTE_OCIS.adminCredentials().get("user"));
        registry.add("OCIS_PASSWORD", () -> REMOTE_OCIS.adminCredentials().get("password"));
    }

    @AfterAll
    static void stop() {
        REMOTE_AUTHENTIK.close();
        REMOTE_OCIS.close();
    }

    @Test
    void noSimulatorIsStartedForAConfiguredSystem() {
        assertThat(sandbox.simulator("authentik")).isEmpty();
        assertThat(sandbox.simulator("ocis")).isEmpty();

        var info = new Api(port).get("/actuator/info", null);
        assertThat(info.body().at("/integrations/authentik/mode").asText()).isEqualTo("external");
        assertThat(info.body().at("/integrations/authentik/url").asText()).isEqualTo(REMOTE_AUTHENTIK.baseUrl().toString());
        assertThat(info.body().at("/integrations/ocis/mode").asText()).isEqualTo("external");
    }

    @Test
    void theClientCallsTheConfiguredServerWithTheConfiguredToken() {
        authentik.createOrAdoptUser(new NewAuthentikUser("carol", "Carol", "carol@acme.test", new Ownership("acme", "m-1")));

        assertThat(REMOTE_AUTHENTIK.users()).extracting(u -> u.username()).contains("carol");
    }
}
