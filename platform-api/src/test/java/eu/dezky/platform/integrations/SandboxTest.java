package eu.dezky.platform.integrations;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxTest {

    @Test
    void withSandboxOffAMissingUrlStopsTheEngineNamingTheVariable() {
        assertThatThrownBy(() -> Sandbox.start(IntegrationSettings.SandboxMode.OFF,
                Map.of("authentik", "", "ocis", "https://files.example.org/graph/", "stalwart", "https://mail.example.org/")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTHENTIK_URL")
                .hasMessageNotContaining("OCIS_URL");
    }
}
