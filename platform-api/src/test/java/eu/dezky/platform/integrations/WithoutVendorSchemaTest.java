package eu.dezky.platform.integrations;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ExternalSimulators;
import eu.dezky.platform.support.IsolatedInfrastructure;
import eu.dezky.platform.support.Onboarding;
import eu.dezky.platform.support.TestInfrastructure;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;
import eu.dezky.sandbox.stalwart.StalwartSchema;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the embedded default needs nothing outside the repository. Started the way a fresh clone runs it (no
 * {@code DEZKY_STALWART_SCHEMA}, whatever lies above the working directory), the engine gets its Stalwart simulator,
 * running on the simulator's own rules, and provisions a member to ACTIVE.
 */
class WithoutVendorSchemaTest {

    @Test
    void aFreshCloneProvisionsAMemberWithoutTheVendorSchema() {
        Map<String, Object> properties = new HashMap<>(IsolatedInfrastructure.properties(
                TestInfrastructure.get().newJdbcDatabase(), TestInfrastructure.get().newMongoUri()));
        properties.put("PORT", "0");
        properties.put("DNS_RESOLVERS", "127.0.0.1");
        properties.put("DNS_TIMEOUT", "1s");
        String configured = System.getProperty(StalwartSchema.LOCATION_SETTING);
        System.clearProperty(StalwartSchema.LOCATION_SETTING);
        ConfigurableApplicationContext engine;
        try {
            engine = ExternalSimulators.startEngine(properties);
        } finally {
            if (configured != null) {
                System.setProperty(StalwartSchema.LOCATION_SETTING, configured);
            }
        }
        try (engine) {
            StalwartSandboxSimulator stalwart = (StalwartSandboxSimulator) engine.getBean(Sandbox.class)
                    .simulator("stalwart").orElseThrow(() -> new AssertionError("no Stalwart simulator"));
            assertThat(stalwart.simulator().vocabulary()).isEqualTo("the simulator's own rules");

            Api api = new Api(ExternalSimulators.port(engine));
            Onboarding onboarding = new Onboarding(api);
            String admin = onboarding.tenantWithDomain("fresh-co", "fresh.test");
            var member = onboarding.activeMember("fresh-co", admin, "bob");

            assertThat(member.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(member.get("mailbox").asText()).isEqualTo("bob@fresh.test");
            var health = api.get("/actuator/health", null);
            assertThat(health.body().at("/components/integrations/status").asText()).isEqualTo("UP");
        }
    }
}
