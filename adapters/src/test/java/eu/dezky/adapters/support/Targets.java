package eu.dezky.adapters.support;

import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;

import java.time.Duration;

/** Test targets with short timeouts so a hang fault costs a second, not the production 30 s. */
public final class Targets {

    private Targets() {
    }

    /** A bearer-token target with 1 s read timeouts (cold JVMs need the slack) and 3 attempts. */
    public static HttpTarget bearer(String name, String baseUrl, String token) {
        return HttpTarget.of(name, baseUrl, () -> "Bearer " + token)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(5))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), 0.5));
    }
}
