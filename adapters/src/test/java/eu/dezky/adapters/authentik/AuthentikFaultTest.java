package eu.dezky.adapters.authentik;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.support.RecordingSleeper;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every fault mode of the simulator against the client: transient ones are retried with backoff or
 * the server's {@code Retry-After}; permanent ones reach the server exactly once.
 */
class AuthentikFaultTest {

    private static final String LOOKUP = "GET /core/users/";

    private AuthentikSimulator sim;
    private RecordingSleeper sleeper;
    private AuthentikClient client;

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
        sleeper = new RecordingSleeper();
        client = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.sleeper(sleeper));
        client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, new Ownership("acme", "a")));
        sim.faults().clear();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorsAreRetriedWithExponentialBackoff(int status) {
        sim.faults().failNext(LOOKUP, 2, status);

        assertThat(client.findUserByUsername("alice")).isPresent();

        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(3);
        // Base 100 ms doubling, up to half taken off by jitter.
        assertThat(sleeper.waits()).hasSize(2);
        assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeper.waits().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void throttlingEndsTheCallAtOnceWithTheServersRetryAfter() {
        sim.faults().throttleNext(LOOKUP, 1, Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.findUserByUsername("alice"))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.throttled()).as("the saga comes back then, no thread waits").isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                });
        assertThat(sleeper.waits()).isEmpty();
        assertThat(client.findUserByUsername("alice")).isPresent();
        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(2);
    }

    @Test
    void retryAfterLongerThanMaxBackoffEndsTheCallAsTransientWithTheHint() {
        sim.faults().throttleNext(LOOKUP, 1, Duration.ofSeconds(120));

        assertThatThrownBy(() -> client.findUserByUsername("alice"))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.TRANSIENT);
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.throttled()).as("a saga waits as told, without counting a failed try").isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                });
        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void hangingServerTimesOutAndTheRetrySucceeds() {
        sim.faults().hangNext(LOOKUP, 1);

        assertThat(client.findUserByUsername("alice")).isPresent();

        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(2);
    }

    @Test
    void droppedConnectionIsRetried() {
        sim.faults().crashNext(LOOKUP, 1);

        assertThat(client.findUserByUsername("alice")).isPresent();

        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(2);
    }

    @Test
    void persistentFailureGivesUpAfterMaxAttemptsAsTransient() {
        sim.faults().failNext(LOOKUP, 10, 503);

        assertThatThrownBy(() -> client.findUserByUsername("alice"))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.TRANSIENT);
                    assertThat(e.throttled()).as("a failure, not a request to slow down").isFalse();
                });
        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 501})
    void permanentFailuresAreNeverRetried(int status) {
        sim.faults().failNext(LOOKUP, 1, status);

        assertThatThrownBy(() -> client.findUserByUsername("alice")).isInstanceOf(AdapterException.class);

        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void addedLatencyWithinTheTimeoutIsJustSlower() {
        sim.faults().latency(LOOKUP, Duration.ofMillis(100));

        assertThat(client.findUserByUsername("alice")).isPresent();

        assertThat(sim.faults().calls(LOOKUP)).isEqualTo(1);
    }

    @Test
    void randomFailuresAreAbsorbedByRetries() {
        sim.faults().failureRate(LOOKUP, 0.3, 503);

        for (int i = 0; i < 10; i++) {
            assertThat(client.findUserByUsername("alice")).isPresent();
        }

        // Seeded dice: the same run fails the same calls, so the count is stable.
        assertThat(sim.faults().calls(LOOKUP)).isGreaterThan(10);
    }
}
