package eu.dezky.sagas.steps;

import java.time.Duration;

/**
 * How long a saga waits before retrying a step that failed transiently: {@code base}, doubling with every further
 * attempt up to {@code max}, plus up to {@code jitter} (a fraction) of that at random so that many sagas hit by the
 * same outage do not retry in step. Each external system's {@link SystemSettings} carries one.
 *
 * @param base   first retry delay
 * @param max    ceiling of one retry delay (before jitter)
 * @param jitter random extra delay as a fraction of the delay, 0 to 1
 */
public record Backoff(Duration base, Duration max, double jitter) {

    public Backoff {
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("retry jitter must be between 0 and 1");
        }
        if (base == null || base.isNegative() || base.isZero() || max == null || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoffs must be positive and the maximum at least the base");
        }
    }

    /**
     * The delay before retry number {@code attempt} (1-based), never shorter than what the server asked for.
     *
     * @param retryAfter the server's {@code Retry-After}, or null
     * @param random     a value in [0, 1) that decides the jitter
     */
    public Duration delay(int attempt, Duration retryAfter, double random) {
        long delay = Math.min(base.toMillis() << Math.min(attempt - 1, 20), max.toMillis());
        delay += (long) (delay * jitter * random);
        return Duration.ofMillis(retryAfter == null ? delay : Math.max(delay, retryAfter.toMillis()));
    }
}
