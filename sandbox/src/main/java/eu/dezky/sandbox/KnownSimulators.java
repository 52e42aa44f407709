package eu.dezky.sandbox;

import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.http.Simulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;

import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Every simulator the sandbox can start, by name. Adding a system is one entry here; the
 * runnable {@link SandboxMain} and the engine's sandbox mode both start whatever this list holds.
 */
public final class KnownSimulators {

    /** How to start one simulator on a given port (0 = ephemeral). */
    public record Entry(String name, IntFunction<Simulator> starter) {
    }

    private static final List<Entry> ALL = List.of(
            new Entry("authentik", port -> AuthentikSimulator.start(port, UUID.randomUUID().toString())),
            new Entry("ocis", port -> OcisSimulator.start(port, UUID.randomUUID().toString(), UUID.randomUUID().toString())),
            new Entry("stalwart", StalwartSandboxSimulator::start));

    private KnownSimulators() {
    }

    /** All known simulators, in start order. */
    public static List<Entry> all() {
        return ALL;
    }
}
