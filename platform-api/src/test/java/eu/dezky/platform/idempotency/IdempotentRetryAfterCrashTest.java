package eu.dezky.platform.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.api.member.CreateMemberCommand;
import eu.dezky.platform.DezkyEngineApplication;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ExternalSimulators;
import eu.dezky.platform.support.Onboarding;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: the engine stops between accepting a keyed member creation and answering it — the member was created,
 * nobody saw its one-time password. A retry with the same key on the restarted engine (same databases, same remote
 * systems) answers with that member and that password, and no second member is made.
 */
class IdempotentRetryAfterCrashTest {

    private static final ExternalSimulators SYSTEMS = new ExternalSimulators();
    private static final CountDownLatch FROZEN = new CountDownLatch(1);
    private static final CountDownLatch THAW = new CountDownLatch(1);

    @AfterAll
    static void stop() {
        THAW.countDown();
        SYSTEMS.close();
    }

    @Test
    void aRetryAfterTheEngineDiedMidRequestGetsTheMemberAndItsOneTimePassword() throws InterruptedException {
        Map<String, Object> properties = SYSTEMS.engineProperties(Map.of(
                "DEZKY_IDEMPOTENCY_LEASE", "2s",
                "server.shutdown", "immediate")); // the frozen request must not hold the shutdown up
        Map<String, String> key = Map.of("Idempotency-Key", "crash-key-1");
        String admin;
        CompletableFuture<Api.Response> lost;

        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(DezkyEngineApplication.class,
                FreezeAfterMemberCreated.class).properties(properties).run()) {
            Api api = new Api(ExternalSimulators.port(first));
            Onboarding onboarding = new Onboarding(api);
            admin = onboarding.tenantWithDomain("crash-co", "crash.test");
            lost = CompletableFuture.supplyAsync(() -> onboarding.create("crash-co", admin, "rita", "member", key));
            assertThat(FROZEN.await(30, TimeUnit.SECONDS)).as("the member's creation was committed").isTrue();
        }
        assertThat(lost).as("the first try never answered")
                .failsWithin(Duration.ofSeconds(30)).withThrowableThat().isNotNull();

        try (ConfigurableApplicationContext second = ExternalSimulators.startEngine(properties)) {
            Api api = new Api(ExternalSimulators.port(second));
            Onboarding onboarding = new Onboarding(api);

            Api.Response retried = onboarding.create("crash-co", admin, "rita", "member", key);

            assertThat(retried.status()).as(retried.toString()).isIn(201, 202);
            String password = retried.body().get("oneTimePassword").asText();
            JsonNode members = api.get("/api/tenants/crash-co/members", admin).body().get("members");
            assertThat(members).as("the first try's member, not a second one").hasSize(1);
            assertThat(members.get(0).get("id").asText()).isEqualTo(retried.body().get("id").asText());
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(300)).until(() ->
                    SYSTEMS.authentik.users().stream().anyMatch(u -> u.username().equals("rita@crash.test")
                            && u.password() != null));
            assertThat(SYSTEMS.authentik.users()).filteredOn(u -> u.username().equals("rita@crash.test"))
                    .singleElement().satisfies(u -> assertThat(u.password())
                            .as("the password the member got is the one the retry shows").isEqualTo(password));
            var replayed = onboarding.create("crash-co", admin, "rita", "member", key);
            assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replayed.body().get("oneTimePassword").asText()).isEqualTo(password);
        }
    }

    /**
     * Stops the request thread right after the member's creation was committed, the way a kill -9 leaves it: nothing
     * after that point (answer, idempotency record) happens on the first engine.
     */
    static class FreezeAfterMemberCreated {

        @Autowired
        void freeze(CommandBus commands) {
            commands.registerHandlerInterceptor((unitOfWork, chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof CreateMemberCommand) {
                    unitOfWork.afterCommit(u -> {
                        FROZEN.countDown();
                        awaitThaw();
                        throw new IllegalStateException("this engine is dead");
                    });
                }
                return chain.proceed();
            });
        }

        private static void awaitThaw() {
            while (true) {
                try {
                    THAW.await();
                    return;
                } catch (InterruptedException e) {
                    // a dead engine does not react to its shutdown
                }
            }
        }
    }
}
