package eu.dezky.adapters.stalwart;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * How to reach one Stalwart server.
 *
 * @param baseUrl               e.g. {@code https://mail.example.com}; the session is read from
 *                              {@code {baseUrl}/jmap/session} and its {@code apiUrl} is used from then on
 * @param authorization         the full {@code Authorization} header value (never logged)
 * @param connectTimeout        TCP connect timeout
 * @param callTimeout           whole-call timeout; a hanging server becomes a transient failure
 * @param maxConcurrentRequests Stalwart's default limit per account is 4
 * @param requestsPerMinute     Stalwart's default limit per account is 1,000
 * @param maxAttempts           attempts for transient failures, including the first
 * @param initialBackoff        first backoff; doubles per attempt, with jitter
 * @param maxBackoff            cap for backoff and for an honoured {@code Retry-After}; a longer
 *                              {@code Retry-After} is handed to the caller instead of slept through
 * @param sleeper               waits between attempts
 */
public record StalwartSettings(URI baseUrl, String authorization, Duration connectTimeout, Duration callTimeout,
                               int maxConcurrentRequests, int requestsPerMinute, int maxAttempts,
                               Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {

    /** Stalwart's documented defaults: 4 concurrent requests, 1,000 requests per minute. */
    public static StalwartSettings defaults(URI baseUrl, String authorization) {
        return new StalwartSettings(baseUrl, authorization, Duration.ofSeconds(5), Duration.ofSeconds(30), 4, 1000,
                4, Duration.ofMillis(200), Duration.ofSeconds(30), Sleeper.REAL);
    }

    public static String basic(String login, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String apiKey) {
        return "Bearer " + apiKey;
    }

    public StalwartSettings withTimeouts(Duration connect, Duration call) {
        return new StalwartSettings(baseUrl, authorization, connect, call, maxConcurrentRequests, requestsPerMinute,
                maxAttempts, initialBackoff, maxBackoff, sleeper);
    }

    public StalwartSettings withLimits(int concurrent, int perMinute) {
        return new StalwartSettings(baseUrl, authorization, connectTimeout, callTimeout, concurrent, perMinute,
                maxAttempts, initialBackoff, maxBackoff, sleeper);
    }

    public StalwartSettings withRetry(int attempts, Duration initial, Duration max, Sleeper waits) {
        return new StalwartSettings(baseUrl, authorization, connectTimeout, callTimeout, maxConcurrentRequests,
                requestsPerMinute, attempts, initial, max, waits);
    }

    @Override
    public String toString() {
        // records print every component; the credentials must never reach a log line
        return "StalwartSettings[baseUrl=" + baseUrl + ", authorization=<redacted>, limits="
                + maxConcurrentRequests + "/" + requestsPerMinute + "pm, attempts=" + maxAttempts + "]";
    }
}
