package eu.dezky.platform.config;

import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Axon's embedded event store whose streams wake their reader when events arrive. Axon's pooled processors ask a
 * stream for an availability callback; the embedded store's streams have none, so an idle pooled processor looked for
 * new events only every 500 ms — the fixed half second of every hop from a command to a saga or a read model. Here
 * the store's producer (the one thread that reads new events from the storage, woken by every local commit and
 * polling every second for other writers) calls every registered callback once it has handed an event to the
 * streams, so the processor reads it at once. Ordering, tokens and replays are Axon's: only the wake-up changes.
 */
final class WakingEventStore extends EmbeddedEventStore {

    private static final Logger LOG = LoggerFactory.getLogger(WakingEventStore.class);

    private final Set<Runnable> callbacks;

    private WakingEventStore(Builder builder, Set<Runnable> callbacks) {
        super(builder);
        this.callbacks = callbacks;
    }

    /** An embedded store on {@code storage} with Axon's defaults, configured further by {@code builder}. */
    static WakingEventStore on(EventStorageEngine storage, Builder builder) {
        Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
        builder.storageEngine(new WakingStorageEngine(storage, () -> callbacks.forEach(WakingEventStore::wake)));
        return new WakingEventStore(builder, callbacks);
    }

    /** A processor that stopped without closing its stream must not keep the others from waking. */
    private static void wake(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException stopped) {
            LOG.debug("an event processor could not be woken", stopped);
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WakingStream(super.openStream(trackingToken));
    }

    /** A stream of the store that accepts an availability callback, called until the stream is closed. */
    private final class WakingStream extends ForwardingEventStream {

        private volatile Runnable callback;

        private WakingStream(TrackingEventStream delegate) {
            super(delegate);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            super.close();
        }
    }
}
