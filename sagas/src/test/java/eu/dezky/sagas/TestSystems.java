package eu.dezky.sagas;

import eu.dezky.sagas.steps.Backoff;
import eu.dezky.sagas.steps.ExternalSystems;
import eu.dezky.sagas.steps.SystemSettings;

import java.time.Duration;

/** The saga fixtures' external systems: {@code attempts} tries each, 30 s doubling to 15 min, no jitter. */
public final class TestSystems {

    private TestSystems() {
    }

    public static ExternalSystems withAttempts(int attempts) {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), 0);
        return new ExternalSystems(new SystemSettings("Authentik", true, attempts, backoff),
                new SystemSettings("Stalwart", true, attempts, backoff),
                new SystemSettings("oCIS", true, attempts, backoff));
    }
}
