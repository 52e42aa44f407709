package eu.dezky.adapters.stalwart;

import eu.dezky.adapters.http.AdapterException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A method Stalwart does not have is refused by the server and flagged by the contract check. */
class StalwartMethodErrorTest {

    private final SimulatorFixture fixture = new SimulatorFixture(Duration.ofHours(1));

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aChangesCallIsAnUnknownMethodAndBreaksTheContract() {
        // through the package-private transport: the client itself offers no such call
        JmapTransport transport = new JmapTransport(fixture.executor("sandbox-secret"), new ObjectMapper());
        assertThatThrownBy(() -> transport.call("x:Domain/changes", new ObjectMapper().createObjectNode()))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.REJECTED);
                    assertThat(StalwartError.of(e).orElseThrow().type()).isEqualTo("unknownMethod");
                });
        StalwartSimulator.Exchange exchange = fixture.simulator.exchanges().get(0);
        assertThat(StalwartSchemaContract.checkRequest(exchange.request()))
                .containsExactly("unknown method x:Domain/changes");
        assertThatThrownBy(fixture::assertTrafficMatchesSchema).isInstanceOf(AssertionError.class);
    }
}
