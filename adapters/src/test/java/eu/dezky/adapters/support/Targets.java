package eu.dezky.adapters.support;

import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;

import java.time.Duration;

/** Test targets with short timeouts so hang faults cost milliseconds, not the production 30 s. */
public final class Targets {

    private Targets() {
    }

    /** A bearer-token target with 300 ms read timeouts and 3 attempts. */
    public static HttpTarget bearer(String name, String baseUrl, String token) {
        return HttpTarget.of(name, baseUrl, () -> "Bearer " + token)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(3))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), 0.5));
    }
}
