package eu.dezky.sandbox;

import eu.dezky.sandbox.http.Simulator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxMainTest {

    @Test
    void everyKnownSimulatorStartsAndPrintsItsUrlAndCredentials() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Simulator> running = SandboxMain.startAll(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(running).extracting(Simulator::name).containsExactly("authentik", "ocis", "stalwart");
            for (Simulator simulator : running) {
                assertThat(printed).contains(simulator.name() + " simulator: " + simulator.baseUrl());
                assertThat(Http.send("GET", simulator.baseUrl(), null, null).statusCode()).isIn(401, 403, 404);
            }
            assertThat(printed).contains("token: ");
        } finally {
            running.forEach(Simulator::close);
        }
    }

    @Test
    void portsComeFromArgumentsOrDefaultToEphemeral() {
        assertThat(SandboxMain.port("ocis", new String[] {"--ocis.port=19200"})).isEqualTo(19200);
        assertThat(SandboxMain.port("authentik", new String[] {"--ocis.port=19200"})).isZero();
    }
}
