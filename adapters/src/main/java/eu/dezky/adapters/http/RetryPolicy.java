package eu.dezky.adapters.http;

import java.time.Duration;

/**
 * How often and how patiently a client retries a transient failure within one operation: exponential
 * backoff from {@code baseBackoff}, capped at {@code maxBackoff}, with up to {@code jitter} (0..1) of
 * each delay taken off at random so many clients do not retry in step.
 *
 * @param maxAttempts total attempts including the first (1 = never retry)
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, double jitter) {

    /** Validates the bounds. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be within 0..1");
        }
        if (baseBackoff.isNegative() || maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= baseBackoff <= maxBackoff");
        }
    }

    /** Four attempts, 200 ms doubling up to 5 s, half jitter: about 1.4 s worst case before giving up. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), 0.5);
    }

    /** A single attempt. */
    public static RetryPolicy never() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
    }

    /**
     * The wait after failed attempt number {@code attempt} (1-based).
     *
     * @param random a value in [0, 1) that decides the jitter
     */
    public Duration backoff(int attempt, double random) {
        long base = baseBackoff.toMillis();
        long exponential = base << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxBackoff.toMillis());
        return Duration.ofMillis(capped - (long) (capped * jitter * random));
    }
}
