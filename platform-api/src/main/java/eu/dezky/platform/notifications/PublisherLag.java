package eu.dezky.platform.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the publisher is behind in time: the age of the oldest event it has taken up but not yet had acknowledged
 * (the first event of the batch in progress, kept while that batch fails and is retried), zero when it has none.
 * How far it is behind in events comes from the processor's token; see {@link PublisherStatus}.
 */
final class PublisherLag {

    private final AtomicReference<Instant> oldestUnacknowledged = new AtomicReference<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final Clock clock;

    PublisherLag(Clock clock) {
        this.clock = clock;
    }

    /** A batch starts with an event of {@code time}; a retried batch keeps the time of its first attempt. */
    void batchStarted(Instant time) {
        oldestUnacknowledged.compareAndSet(null, time);
    }

    /** The batch's {@code records} are acknowledged and its token stored. */
    void batchCommitted(int records) {
        oldestUnacknowledged.set(null);
        acknowledged.addAndGet(records);
    }

    double secondsBehind() {
        Instant oldest = oldestUnacknowledged.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** Records acknowledged by the broker since the engine started (a retried batch counts once). */
    long acknowledged() {
        return acknowledged.get();
    }
}
