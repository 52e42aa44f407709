package eu.dezky.platform.config;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store as the processors nobody waits for see it (the audit trail, billing, the partner directory, ...;
 * {@code source: lingeringEvents} in {@code application.yml}): an idle processor is woken {@code linger} after the
 * first new event instead of at once, and events arriving meanwhile wake it only that once. While a portal request
 * waits for the member views, these processors no longer take the two cores from the saga and the projection it waits
 * on, and what they do later comes in bigger batches (one token and one bulk write for more events). Events, order
 * and tokens are the store's; a processor that is busy reads on without waiting.
 */
public final class LingeringEvents implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Duration linger;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lingering-events");
        thread.setDaemon(true);
        return thread;
    });

    public LingeringEvents(StreamableMessageSource<TrackedEventMessage<?>> store, Duration linger) {
        this.store = store;
        this.linger = linger;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(trackingToken);
        return stream instanceof TrackingEventStream tracking ? new LingeringStream(tracking) : stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** A stream of the store whose availability callback runs {@code linger} after the first of a burst of events. */
    private final class LingeringStream extends ForwardingEventStream {

        private final AtomicBoolean pending = new AtomicBoolean();

        private LingeringStream(TrackingEventStream delegate) {
            super(delegate);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return delegate.setOnAvailableCallback(() -> {
                if (pending.compareAndSet(false, true)) {
                    timer.schedule(() -> {
                        pending.set(false);
                        callback.run();
                    }, linger.toMillis(), TimeUnit.MILLISECONDS);
                }
            });
        }
    }
}
