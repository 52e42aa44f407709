package eu.dezky.platform.integrations;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the integrations component says which system cannot be reached, a configured one that is down and a
 * sandbox simulator that is missing alike (health used to say UP without a Stalwart simulator).
 */
class IntegrationsHealthTest {

    @Test
    void anUnreachableOrMissingSystemMakesIntegrationsDownAndNamesIt() {
        // Stalwart configured at the discard port (nothing listens); oCIS "configured" for the sandbox, so it starts
        // no simulator, but not in the settings: neither simulated nor reachable, as when a simulator fails to start.
        try (Sandbox sandbox = Sandbox.start(IntegrationSettings.SandboxMode.AUTO, Map.of("authentik", "",
                "stalwart", "http://127.0.0.1:9/", "ocis", "http://elsewhere.invalid/"))) {
            IntegrationSettings settings = new IntegrationSettings(IntegrationSettings.SandboxMode.AUTO,
                    new IntegrationSettings.Authentik("", "", 4, 1000),
                    new IntegrationSettings.Stalwart("http://127.0.0.1:9/", "admin", "x", 4, 1000),
                    new IntegrationSettings.Ocis("", "admin", "x", 4, 1000),
                    new IntegrationSettings.Dns(List.of("127.0.0.1"), Duration.ofSeconds(1)));

            Health health = IntegrationsHealth.check(settings, sandbox);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("authentik")).isEqualTo(Map.of("mode", "simulator", "reachable", true,
                    "url", sandbox.simulator("authentik").orElseThrow().baseUrl().toString()));
            assertThat(health.getDetails().get("stalwart")).isEqualTo(Map.of("mode", "external", "reachable", false,
                    "url", "http://127.0.0.1:9/"));
            assertThat(health.getDetails().get("ocis")).isEqualTo(Map.of("mode", "not available", "reachable", false));
        }
    }
}
