package eu.dezky.adapters.ocis;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.support.RecordingSleeper;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.ocis.OcisSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's fault modes against the oCIS client, on the create path where retries matter most. */
class OcisFaultTest {

    private static final String CREATE = "POST /v1.0/users";
    private static final NewOcisUser ALICE = new NewOcisUser("alice", "Alice", null, null, new Ownership("acme", "a"));

    private OcisSimulator sim;
    private RecordingSleeper sleeper;
    private OcisClient client;

    @BeforeEach
    void start() {
        sim = OcisSimulator.start();
        sleeper = new RecordingSleeper();
        client = OcisClient.create(Targets.bearer("ocis", sim.baseUrl().toString(), sim.token()), b -> b.sleeper(sleeper));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void serviceUnavailableOnCreateIsRetriedAndCreatesOnce() {
        sim.faults().failNext(CREATE, 2, 503);

        client.createOrAdoptUser(ALICE);

        assertThat(sim.faults().calls(CREATE)).isEqualTo(3);
        assertThat(sim.users()).hasSize(1);
    }

    @Test
    void throttledCreateEndsAtOnceWithTheServersRetryAfterAndCreatesOnceWhenTriedAgain() {
        sim.faults().throttleNext(CREATE, 1, Duration.ofSeconds(3));

        assertThatThrownBy(() -> client.createOrAdoptUser(ALICE))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.throttled()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
                });
        assertThat(sleeper.waits()).isEmpty();
        client.createOrAdoptUser(ALICE);
        assertThat(sim.users()).hasSize(1);
    }

    @Test
    void hangAndCrashAreRetriedAsTransient() {
        sim.faults().hangNext(CREATE, 1);
        sim.faults().crashNext("PATCH /v1.0/users/{user-id}", 1);

        OcisUser user = client.createOrAdoptUser(ALICE);
        client.disable(user.userId());

        assertThat(sim.faults().calls(CREATE)).isEqualTo(2);
        assertThat(sim.faults().calls("PATCH /v1.0/users/{user-id}")).isEqualTo(2);
        assertThat(sim.users()).singleElement().satisfies(u -> assertThat(u.enabled()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 409, 501})
    void permanentFailuresReachTheServerExactlyOnce(int status) {
        sim.faults().failNext(CREATE, 1, status);

        assertThatThrownBy(() -> client.createOrAdoptUser(ALICE)).isInstanceOf(AdapterException.class);

        assertThat(sim.faults().calls(CREATE)).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }
}
