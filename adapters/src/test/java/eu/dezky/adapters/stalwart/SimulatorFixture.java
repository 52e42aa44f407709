package eu.dezky.adapters.stalwart;

import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import eu.dezky.sandbox.stalwart.StalwartSimulatorSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Stalwart simulator plus a client pointed at it, with short timeouts and a recording sleeper so
 * retries cost no wall-clock time; {@link #close()} also checks every exchange against the schema.
 */
final class SimulatorFixture implements AutoCloseable {

    final StalwartSimulator simulator;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    final StalwartClient client;

    SimulatorFixture(Duration dkimDelay) {
        simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults().withDkimDelay(dkimDelay));
        client = new StalwartClient(executor(simulator.settings().adminSecret()));
    }

    /** An executor logging in with {@code secret}; short timeouts, recorded (not slept) backoff. */
    HttpExecutor executor(String secret) {
        String login = simulator.settings().adminLogin();
        HttpTarget target = StalwartClient.target(simulator.baseUrl().toString(),
                        () -> StalwartClient.basic(login, secret))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofMillis(800))
                .withRetry(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(5), 0.5));
        return HttpExecutor.builder(target).sleeper(sleeps::add).random(new Random(1)).build();
    }

    /** Every request the client sent and every response the simulator returned conforms to the schema. */
    void assertTrafficMatchesSchema() {
        assertThat(simulator.exchanges()).isNotEmpty();
        for (StalwartSimulator.Exchange exchange : simulator.exchanges()) {
            assertThat(StalwartSchemaContract.checkRequest(exchange.request())).as("request %s", exchange.request())
                    .isEmpty();
            assertThat(StalwartSchemaContract.checkResponse(exchange.response()))
                    .as("response %s", exchange.response()).isEmpty();
        }
    }

    @Override
    public void close() {
        simulator.close();
    }
}
