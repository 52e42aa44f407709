package eu.dezky.sandbox.stalwart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StalwartSandboxSimulatorTest {

    @Test
    void sandboxEntryExposesBaseUrlCredentialsAndSharedFaults() {
        try (StalwartSandboxSimulator sandbox = StalwartSandboxSimulator.start(0)) {
            assertThat(sandbox.baseUrl().toString()).endsWith("/");
            assertThat(sandbox.adminCredentials()).containsKeys("login", "password", "apiKey");
            sandbox.faults().failNext("x:Domain/query", 1, 503);
            JmapTestClient jmap = new JmapTestClient(sandbox.simulator());
            assertThat(jmap.raw("POST", "/jmap", jmap.basicAuth(), "application/json",
                    "{\"using\":[],\"methodCalls\":[[\"x:Domain/query\",{},\"c\"]]}").statusCode()).isEqualTo(503);
            assertThat(sandbox.faults().calls("x:Domain/query")).isEqualTo(1);
        }
    }
}
