package eu.dezky.sagas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.dezky.adapters.http.AdapterException;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The failed tries of the step a saga is working on, kept in the saga's state. It answers the two questions of
 * every transient failure: retry or give up (against the integration's limit, which lives in the settings, not in
 * the state, so a changed limit applies to sagas already waiting), and how long to wait before the retry. The saga
 * itself schedules that retry on the persistent deadline manager.
 *
 * <p>Written to the saga store as a bare number, the shape the sagas stored before this type existed, so sagas
 * waiting for a retry keep loading across the change.
 *
 * @param count failed tries so far; 0 when the step has not failed yet
 */
public record Attempts(int count) {

    /** A step that has not failed yet. */
    public static final Attempts NONE = new Attempts(0);

    public Attempts {
        if (count < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Attempts of(int count) {
        return count == 0 ? NONE : new Attempts(count);
    }

    @JsonValue
    @Override
    public int count() {
        return count;
    }

    /** The count after one more failed try. */
    public Attempts failed() {
        return new Attempts(count + 1);
    }

    /** Whether a step allowed {@code limit} tries in all may be tried again after these failures. */
    public boolean allowRetry(int limit) {
        return count < limit;
    }

    /**
     * The wait before the next try after {@code failure}: {@code backoff} for this many failures, never shorter than
     * the server's {@code Retry-After}.
     */
    public Duration nextDelay(Backoff backoff, AdapterException failure) {
        return backoff.delay(count, failure.retryAfter().orElse(null), ThreadLocalRandom.current().nextDouble());
    }
}
