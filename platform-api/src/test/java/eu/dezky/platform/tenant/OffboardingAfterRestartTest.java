package eu.dezky.platform.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ExternalSimulators;
import eu.dezky.platform.support.Onboarding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine stops in the middle of an offboarding: the list's removal waits on a retry deadline (Stalwart
 * throttled it), the offboarding waits for that removal. A new context on the same databases goes on: the list, the
 * member and the domain go, and nothing of the tenant is left in any system.
 */
class OffboardingAfterRestartTest {

    private static final ExternalSimulators SYSTEMS = new ExternalSimulators();

    @AfterAll
    static void stop() {
        SYSTEMS.close();
    }

    @Test
    void anOffboardingInterruptedByARestartFinishesAfterIt() {
        Map<String, Object> properties = SYSTEMS.engineProperties(Map.of(
                "DEZKY_STALWART_FIRST_BACKOFF", "1s", "DEZKY_STALWART_MAX_BACKOFF", "2s"));
        String operator;
        String location;

        try (ConfigurableApplicationContext first = ExternalSimulators.startEngine(properties)) {
            Api api = new Api(ExternalSimulators.port(first));
            Onboarding onboarding = new Onboarding(api);
            operator = api.token("op", "operator");
            String admin = onboarding.tenantWithDomain("leave-co", "leave.test");
            onboarding.activeMember("leave-co", admin, "lea");
            assertThat(api.post("/api/tenants/leave-co/mail/lists", admin, Map.of("address", "all@leave.test",
                    "name", "All", "recipients", List.of("lea@leave.test"))).status()).isEqualTo(201);
            // Stalwart asks to come back in 8 s: the list's removal waits on a deadline this context will not see
            SYSTEMS.stalwart.faults().throttleNext("x:MailingList/set", 1, Duration.ofSeconds(8));

            Api.Response started = api.send("DELETE", "/api/tenants/leave-co", operator, null, Map.of());
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            location = started.header("Location");
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                    api.get("/api/tenants/leave-co/mail/lists/all@leave.test", operator).body().at("/step/state")
                            .asText().equals("RETRYING"));
            JsonNode running = api.get(location, operator).body();
            assertThat(running.get("status").asText()).isEqualTo("RUNNING");
            assertThat(running.at("/steps/0/system").asText()).isEqualTo("MAILING_LIST");
        }
        assertThat(SYSTEMS.stalwart.inspect().mailingLists()).hasSize(1);

        try (ConfigurableApplicationContext second = ExternalSimulators.startEngine(properties)) {
            Api api = new Api(ExternalSimulators.port(second));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                    !api.get(location, operator).body().path("status").asText().equals("RUNNING"));
            JsonNode done = api.get(location, operator).body();
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
            assertThat(done.get("steps")).extracting(s -> s.get("system").asText() + " " + s.get("state").asText())
                    .containsExactly("MAILING_LIST DONE", "MEMBER DONE", "MAIL_DOMAIN DONE", "SSO_GROUP DONE");
        }
        assertThat(SYSTEMS.stalwart.inspect().mailingLists()).isEmpty();
        assertThat(SYSTEMS.stalwart.inspect().accountWithEmail("lea@leave.test")).isEmpty();
        assertThat(SYSTEMS.stalwart.inspect().domainNamed("leave.test")).isEmpty();
        assertThat(SYSTEMS.authentik.users()).noneMatch(u -> u.username().endsWith("@leave.test"));
        assertThat(SYSTEMS.authentik.hasGroup("dezky-leave-co")).isFalse();
        assertThat(SYSTEMS.ocis.users()).noneMatch(u -> u.username().endsWith("@leave.test"));
    }
}
