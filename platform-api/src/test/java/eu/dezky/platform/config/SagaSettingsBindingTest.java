package eu.dezky.platform.config;

import eu.dezky.sagas.steps.ExternalSystems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-system saga settings bind from application.yml: each system's own variables win, the deprecated
 * member-wide ones still apply where a system's own is not set, and the defaults hold when neither is.
 */
class SagaSettingsBindingTest {

    private static ExternalSystems bind(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        SagaSettings.Systems systems = Binder.get(environment).bind("dezky.systems", SagaSettings.Systems.class).get();
        return SagaSettings.bound(systems);
    }

    @Test
    void withNothingSetEverySystemGetsEightTriesFromThirtySecondsToFifteenMinutes() throws IOException {
        ExternalSystems systems = bind(Map.of());
        for (var system : new eu.dezky.sagas.steps.SystemSettings[]{systems.authentik(), systems.stalwart(), systems.ocis()}) {
            assertThat(system.enabled()).isTrue();
            assertThat(system.maxAttempts()).isEqualTo(8);
            assertThat(system.backoff().base()).isEqualTo(Duration.ofSeconds(30));
            assertThat(system.backoff().max()).isEqualTo(Duration.ofMinutes(15));
        }
        assertThat(systems.ocis().name()).isEqualTo("oCIS");
    }

    @Test
    void eachSystemHasItsOwnVariablesAndTheDeprecatedMemberWideOnesStillApply() throws IOException {
        ExternalSystems systems = bind(Map.of(
                "DEZKY_STALWART_MAX_ATTEMPTS", "3", "DEZKY_STALWART_FIRST_BACKOFF", "2s",
                "DEZKY_MEMBER_STALWART_MAX_ATTEMPTS", "5", "DEZKY_MEMBER_OCIS_MAX_ATTEMPTS", "6",
                "DEZKY_MEMBER_RETRY_BASE_BACKOFF", "1s", "DEZKY_MEMBER_RETRY_MAX_BACKOFF", "4s",
                "OCIS_PROVISIONING_ENABLED", "false"));
        assertThat(systems.stalwart().maxAttempts()).as("the system's own name wins").isEqualTo(3);
        assertThat(systems.stalwart().backoff().base()).isEqualTo(Duration.ofSeconds(2));
        assertThat(systems.stalwart().backoff().max()).as("deprecated fallback").isEqualTo(Duration.ofSeconds(4));
        assertThat(systems.ocis().maxAttempts()).as("deprecated fallback").isEqualTo(6);
        assertThat(systems.ocis().enabled()).isFalse();
        assertThat(systems.authentik().maxAttempts()).isEqualTo(8);
        assertThat(systems.authentik().backoff().base()).isEqualTo(Duration.ofSeconds(1));
    }
}
