package eu.dezky.sandbox.stalwart;

import eu.dezky.sandbox.fault.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StalwartFaultsTest {

    private final StalwartSimulator simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults());
    private final JmapTestClient jmap = new JmapTestClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void faultsApplyOnlyToTheMethodTheyAreKeyedBy() {
        simulator.faults().failNext("x:Account/set", 1, 503);
        jmap.ok("x:Domain/query", "{}");
        assertThatThrownBy(() -> jmap.ok("x:Account/set", "{}")).hasMessageContaining("HTTP 503");
        jmap.ok("x:Account/set", "{}");
        assertThat(simulator.callCount("x:Account/set")).isEqualTo(2);
    }

    @Test
    void throttledRequestsCarryRetryAfterInSeconds() {
        simulator.faults().throttleNext(StalwartFaults.ANY, 1, Duration.ofMillis(1500));
        HttpResponse<String> response = jmap.raw("POST", "/jmap", jmap.basicAuth(), "application/json",
                "{\"using\":[],\"methodCalls\":[[\"x:Domain/query\",{},\"c\"]]}");
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("2");
    }

    @Test
    void droppedConnectionAfterProcessingKeepsTheChange() {
        simulator.faults().crashNext("x:Domain/set", 1, true);
        assertThatThrownBy(() -> jmap.createDomain("lost.example")).isInstanceOf(IllegalStateException.class);
        assertThat(simulator.inspect().domainNamed("lost.example")).isPresent();
    }

    @Test
    void aSharedFaultPlannedForAnyMethodOfARequestIsTheRequests() {
        FaultInjector shared = new FaultInjector(1).failNext("x:Account/set", 1, 400);
        simulator.gate(new FaultInjectorGate(shared));
        HttpResponse<String> response = jmap.raw("POST", "/jmap", jmap.basicAuth(), "application/json",
                "{\"using\":[],\"methodCalls\":[[\"x:Account/query\",{},\"a\"],[\"x:Account/set\",{},\"b\"]]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(shared.calls("x:Account/set")).isEqualTo(1);
    }

    @Test
    void theSharedFaultInjectorCanDriveTheSimulator() {
        FaultInjector shared = new FaultInjector(1).throttleNext("x:Domain/query", 1, Duration.ofSeconds(3));
        simulator.gate(new FaultInjectorGate(shared));
        HttpResponse<String> response = jmap.raw("POST", "/jmap", jmap.basicAuth(), "application/json",
                "{\"using\":[],\"methodCalls\":[[\"x:Domain/query\",{},\"c\"]]}");
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("3");
        assertThat(shared.calls("x:Domain/query")).isEqualTo(1);
        jmap.ok("x:Domain/query", "{}");
    }

    @Test
    void seededFailureRateIsReproducible() {
        StalwartFaults a = new StalwartFaults(7).failureRate("m", 0.5, 500);
        StalwartFaults b = new StalwartFaults(7).failureRate("m", 0.5, 500);
        for (int i = 0; i < 20; i++) {
            assertThat(a.decide(List.of("m")).kind()).isEqualTo(b.decide(List.of("m")).kind());
        }
    }
}
