package eu.dezky.platform.integrations;

import eu.dezky.sandbox.KnownSimulators;
import eu.dezky.sandbox.http.Simulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulators started because a system has no configured URL. Each start is logged as a warning, and
 * {@code /actuator/info} lists them, so nobody mistakes a sandbox for production. Configured URLs always win;
 * with sandbox mode {@code off} a missing URL stops the engine at start-up instead.
 */
public final class Sandbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final Map<String, Simulator> running = new LinkedHashMap<>();

    /** Starts a simulator for every named system that is not configured. */
    static Sandbox start(IntegrationSettings.SandboxMode mode, Map<String, String> configuredUrls) {
        Sandbox sandbox = new Sandbox();
        List<String> missing = new ArrayList<>();
        for (KnownSimulators.Entry entry : KnownSimulators.all()) {
            String url = configuredUrls.get(entry.name());
            if (url == null || IntegrationSettings.configured(url)) {
                continue;
            }
            missing.add(entry.name());
            if (mode == IntegrationSettings.SandboxMode.AUTO) {
                try {
                    Simulator simulator = entry.starter().apply(0);
                    sandbox.running.put(entry.name(), simulator);
                    log.warn("SANDBOX MODE: no URL configured for {}; its simulator runs at {}. Nothing is provisioned"
                            + " in a real {}.", entry.name(), simulator.baseUrl(), entry.name());
                } catch (RuntimeException e) {
                    // The engine still starts, so the other systems can be tried; calls to this one fail as unreachable.
                    log.error("SANDBOX MODE: no URL configured for {} and its simulator could not start ({}). Set {}_URL,"
                            + " or fix the cause; until then every call to {} fails.", entry.name(), e.getMessage(),
                            entry.name().toUpperCase(), entry.name());
                }
            }
        }
        if (mode == IntegrationSettings.SandboxMode.OFF && !missing.isEmpty()) {
            throw new IllegalStateException("DEZKY_SANDBOX=off but no URL is configured for " + missing
                    + "; set " + missing.stream().map(n -> n.toUpperCase() + "_URL").toList());
        }
        return sandbox;
    }

    public Optional<Simulator> simulator(String name) {
        return Optional.ofNullable(running.get(name));
    }

    public boolean active() {
        return !running.isEmpty();
    }

    Map<String, Simulator> running() {
        return Map.copyOf(running);
    }

    @Override
    public void close() {
        running.values().forEach(Simulator::close);
    }
}
