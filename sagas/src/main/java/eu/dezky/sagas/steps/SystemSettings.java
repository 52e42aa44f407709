package eu.dezky.sagas.steps;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.Admission;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How the sagas treat one external system, shared by every saga that calls it: whether it is switched on, how many
 * tries a step (and an undo) gets before the saga gives up, and the backoff between them.
 *
 * @param name        the product name, as reasons and step details show it ("Authentik")
 * @param enabled     false: steps in this system are recorded as skipped
 * @param maxAttempts tries per step (and per undo) in all, at least 1
 * @param backoff     the delay before each retry
 * @param admission   the system's client-side limiter, where a step reserves its requests before the first one
 */
public record SystemSettings(String name, boolean enabled, int maxAttempts, Backoff backoff, Admission admission) {

    /** Random extra delay of every retry, so sagas hit by one outage spread out. */
    public static final double JITTER = 0.2;

    public SystemSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a system needs a name");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (backoff == null) {
            throw new IllegalArgumentException("a system needs a backoff");
        }
        admission = admission == null ? Admission.OPEN : admission;
    }

    /** Settings without a limiter of their own (every reservation granted). */
    public SystemSettings(String name, boolean enabled, int maxAttempts, Backoff backoff) {
        this(name, enabled, maxAttempts, backoff, Admission.OPEN);
    }

    /** 8 tries from 30 s doubling to 15 min ride out a restart or a short outage (about an hour in all). */
    public static SystemSettings defaults(String name) {
        return of(name, true, 8, Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    /** Settings with the standard jitter. */
    public static SystemSettings of(String name, boolean enabled, int maxAttempts, Duration firstBackoff,
                                    Duration maxBackoff) {
        return new SystemSettings(name, enabled, maxAttempts, new Backoff(firstBackoff, maxBackoff, JITTER));
    }

    /** The wait before retry number {@code attempt} (1-based), never shorter than the server's {@code retryAfter}. */
    public Duration retryDelay(int attempt, Duration retryAfter) {
        return backoff.delay(attempt, retryAfter, ThreadLocalRandom.current().nextDouble());
    }

    /** The wait before retry {@code attempt} after {@code failure}: never shorter than its {@code Retry-After}. */
    public Duration retryDelay(int attempt, AdapterException failure) {
        return retryDelay(attempt, failure.retryAfter().orElse(null));
    }

    /** A throttled call: the server's (or limiter's) word, else the backoff of the tries so far. */
    public Duration throttleDelay(int attempts, AdapterException failure) {
        return failure.retryAfter().orElseGet(() -> retryDelay(Math.max(1, attempts), (Duration) null));
    }

    public SystemSettings withEnabled(boolean on) {
        return new SystemSettings(name, on, maxAttempts, backoff, admission);
    }

    public SystemSettings withAttempts(int attempts) {
        return new SystemSettings(name, enabled, attempts, backoff, admission);
    }

    public SystemSettings withBackoff(Backoff other) {
        return new SystemSettings(name, enabled, maxAttempts, other, admission);
    }

    /** The same settings, reserving a step's requests with {@code limiter}. */
    public SystemSettings withAdmission(Admission limiter) {
        return new SystemSettings(name, enabled, maxAttempts, backoff, limiter);
    }
}
