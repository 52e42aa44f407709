package eu.dezky.sandbox.fault;

import eu.dezky.sandbox.Http;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A lost answer: the simulator makes the change, then drops the connection; the next call is answered again. */
class LoseAnswerTest {

    @Test
    void authentikCreatesTheUserButTheClientNeverHearsOfIt() {
        try (AuthentikSimulator sim = AuthentikSimulator.start()) {
            sim.faults().loseAnswerNext("POST /core/users/", 1);
            URI url = sim.baseUrl().resolve("core/users/");

            assertThatThrownBy(() -> Http.send("POST", url, "Bearer " + sim.token(), "{\"username\":\"a\",\"name\":\"A\"}"))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(sim.users()).extracting(u -> u.username()).containsExactly("a");

            var next = Http.send("POST", url, "Bearer " + sim.token(), "{\"username\":\"b\",\"name\":\"B\"}");
            assertThat(next.statusCode()).as("only the planned call loses its answer").isEqualTo(201);
        }
    }

    @Test
    void ocisCreatesTheUserButTheClientNeverHearsOfIt() {
        try (OcisSimulator sim = OcisSimulator.start()) {
            sim.faults().loseAnswerNext("POST /v1.0/users", 1);
            URI url = sim.baseUrl().resolve("v1.0/users");

            assertThatThrownBy(() -> Http.send("POST", url, "Bearer " + sim.token(),
                    "{\"onPremisesSamAccountName\":\"alice\",\"displayName\":\"A\"}"))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(sim.users()).extracting(u -> u.username()).containsExactly("alice");
            assertThat(Http.send("GET", url, "Bearer " + sim.token(), null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theInjectorHandsOutTheFaultOnlyForThePlannedCount() {
        FaultInjector faults = new FaultInjector(1).loseAnswerNext("op", 2);
        assertThat(faults.decide("op")).isInstanceOf(Fault.LoseAnswer.class);
        assertThat(faults.decide("op")).isInstanceOf(Fault.LoseAnswer.class);
        assertThat(faults.decide("op")).isInstanceOf(Fault.Proceed.class);
    }
}
