package eu.dezky.sagas;

import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import eu.dezky.sandbox.stalwart.StalwartSimulatorSettings;

import java.time.Duration;

/** The in-process Stalwart simulator with a real client pointed at it; one attempt per call, no sleeping. */
public final class SimulatedStalwart implements AutoCloseable {

    public final StalwartSimulator simulator;
    public final StalwartClient client;

    /** DKIM keys 50 ms after a domain's creation. */
    public SimulatedStalwart() {
        this(Duration.ofMillis(50));
    }

    /** The simulator's own default settings. */
    public static SimulatedStalwart withDefaults() {
        return new SimulatedStalwart(StalwartSimulatorSettings.defaults().dkimDelay());
    }

    /** @param dkimDelay how long after a domain's creation the simulator's DKIM task creates its keys */
    public SimulatedStalwart(Duration dkimDelay) {
        simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults().withDkimDelay(dkimDelay));
        String login = simulator.settings().adminLogin();
        String secret = simulator.settings().adminSecret();
        HttpTarget target = StalwartClient.target(simulator.baseUrl().toString(), () -> StalwartClient.basic(login, secret))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), 0))
                .withLimits(4, 60_000); // the client-side limit is tested on its own (RequestLimiterTest)
        client = new StalwartClient(HttpExecutor.builder(target).sleeper(d -> { }).build());
    }

    @Override
    public void close() {
        simulator.close();
    }
}
