package eu.dezky.platform.config;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A stream of the store that hands everything to {@code delegate}; subclasses change how a reader is woken. */
abstract class ForwardingEventStream implements TrackingEventStream {

    protected final TrackingEventStream delegate;

    ForwardingEventStream(TrackingEventStream delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
