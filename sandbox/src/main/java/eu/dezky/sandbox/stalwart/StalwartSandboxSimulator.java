package eu.dezky.sandbox.stalwart;

import eu.dezky.sandbox.fault.FaultInjector;
import eu.dezky.sandbox.http.Simulator;

import java.net.URI;
import java.util.Map;

/**
 * The Stalwart simulator behind the sandbox-wide {@link Simulator} interface, faults driven by a
 * shared {@link FaultInjector} keyed by JMAP method name. Registering Stalwart with the runnable
 * sandbox is then one entry: {@code new Entry("stalwart", StalwartSandboxSimulator::start)}.
 */
public final class StalwartSandboxSimulator implements Simulator {

    private final StalwartSimulator simulator;
    private final FaultInjector faults = new FaultInjector(42);

    private StalwartSandboxSimulator(StalwartSimulator simulator) {
        this.simulator = simulator;
        simulator.gate(new FaultInjectorGate(faults));
    }

    /** Starts on {@code port} (0 = ephemeral) with the sandbox default settings. */
    public static StalwartSandboxSimulator start(int port) {
        return new StalwartSandboxSimulator(StalwartSimulator.start(StalwartSimulatorSettings.defaults().withPort(port)));
    }

    /** The simulator itself, for inspection. */
    public StalwartSimulator simulator() {
        return simulator;
    }

    @Override
    public String name() {
        return "stalwart";
    }

    @Override
    public URI baseUrl() {
        return URI.create(simulator.baseUrl() + "/");
    }

    @Override
    public Map<String, String> adminCredentials() {
        StalwartSimulatorSettings s = simulator.settings();
        return Map.of("login", s.adminLogin(), "password", s.adminSecret(), "apiKey", s.apiKey());
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void close() {
        simulator.close(); // also releases requests held by a hang fault
    }
}
