package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ExternalSimulators;
import eu.dezky.platform.support.Onboarding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine stops between two onboarding steps: SSO identity and mailbox exist, the oCIS step failed transiently
 * and waits on its retry deadline when the application context closes. A new context on the same databases (and
 * the same remote systems) resumes the saga, which completes with exactly one account per system.
 */
class OnboardingResumesAfterRestartTest {

    private static final ExternalSimulators SYSTEMS = new ExternalSimulators();

    @AfterAll
    static void stop() {
        SYSTEMS.close();
    }

    @Test
    void aSagaWaitingOnARetryWhenTheEngineStopsCompletesAfterTheRestart() {
        // the deprecated member-wide names: they still set every system's backoff
        Map<String, Object> properties = SYSTEMS.engineProperties(Map.of(
                "DEZKY_MEMBER_RETRY_BASE_BACKOFF", "1s", "DEZKY_MEMBER_RETRY_MAX_BACKOFF", "2s"));
        String memberId;
        String admin;

        try (ConfigurableApplicationContext first = ExternalSimulators.startEngine(properties)) {
            Api api = new Api(ExternalSimulators.port(first));
            Onboarding onboarding = new Onboarding(api);
            admin = onboarding.tenantWithDomain("restart-co", "restart.test");
            // 429 with a Retry-After beyond the client's patience: the client gives up at once and the saga
            // schedules its retry no earlier than 8 s from now, long after this context is gone
            SYSTEMS.ocis.faults().throttleNext("POST /v1.0/users", 1, Duration.ofSeconds(8));
            Api.Response created = onboarding.create("restart-co", admin, "rita", "member");
            assertThat(created.status()).as(created.toString()).isIn(201, 202);
            memberId = created.body().get("id").asText();
            String path = "/api/tenants/restart-co/operations/" + created.body().get("operationId").asText();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                    api.get(path, admin).body().path("steps").toString().contains("RETRYING"));
            JsonNode operation = api.get(path, admin).body();
            assertThat(operation.get("status").asText()).isEqualTo("RUNNING");
            assertThat(operation.at("/steps/2/system").asText()).isEqualTo("FILES");
            assertThat(operation.at("/steps/2/state").asText()).isEqualTo("RETRYING");
        }
        assertThat(SYSTEMS.authentik.users()).filteredOn(u -> u.username().equals("rita@restart.test")).hasSize(1);
        assertThat(SYSTEMS.stalwart.inspect().accountWithEmail("rita@restart.test")).isPresent();
        assertThat(SYSTEMS.ocis.users()).noneMatch(u -> u.username().equals("rita@restart.test"));

        try (ConfigurableApplicationContext second = ExternalSimulators.startEngine(properties)) {
            Api api = new Api(ExternalSimulators.port(second));
            String path = "/api/tenants/restart-co/members/" + memberId;
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(300)).until(() ->
                    api.get(path, admin).body().path("status").asText().equals("ACTIVE"));
            JsonNode member = api.get(path, admin).body();
            assertThat(member.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        }
        assertThat(SYSTEMS.authentik.users()).filteredOn(u -> u.username().equals("rita@restart.test")).hasSize(1);
        assertThat(SYSTEMS.stalwart.inspect().accounts())
                .filteredOn(a -> a.path("emailAddress").asText().equals("rita@restart.test")).hasSize(1);
        assertThat(SYSTEMS.ocis.users()).filteredOn(u -> u.username().equals("rita@restart.test")).hasSize(1);
        assertThat(SYSTEMS.ocis.faults().calls("POST /v1.0/users")).as("throttled once, then created once").isEqualTo(2);
    }
}
