package eu.dezky.adapters.http;

import java.time.Duration;

/**
 * Lets a group of requests to one system in at once: a saga step that makes several calls reserves them before its
 * first one, so it is never throttled halfway by its own client and started over (under a long burst, steps that each
 * got some of their calls through and then had to start again would use up the rate between them and finish none).
 * A reservation belongs to the thread that made it and ends with {@link #release()}, which gives back what it did not use.
 */
public interface Admission {

    /**
     * Reserves {@code requests} for this thread's next calls (at most what the limiter can ever hold at once).
     *
     * @return {@link Duration#ZERO} when they are reserved, else how long to stay away (nothing reserved)
     */
    Duration reserve(int requests);

    /** Ends this thread's reservation, giving back the requests it did not make. */
    void release();

    /** No limit: every reservation is granted. */
    Admission OPEN = new Admission() {
        @Override
        public Duration reserve(int requests) {
            return Duration.ZERO;
        }

        @Override
        public void release() {
            // nothing reserved
        }
    };
}
