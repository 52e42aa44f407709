package eu.dezky.platform.support;

import eu.dezky.platform.integrations.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of {@link SandboxComponentTest} classes: an {@link Api} client for the engine's port, {@link Onboarding} for
 * tenants and members, and the sandbox {@link Simulators}, whose faults are cleared after each test so that a fault
 * planned by one test never hits the next.
 */
public abstract class SandboxApiTest {

    @LocalServerPort
    private int port;
    @Autowired
    private Sandbox sandbox;
    protected Api api;
    protected Onboarding onboarding;
    protected Simulators simulators;

    @BeforeEach
    void connect() {
        api = new Api(port);
        onboarding = new Onboarding(api);
        simulators = new Simulators(sandbox);
    }

    @AfterEach
    void clearFaults() {
        simulators.clearFaults();
    }
}
