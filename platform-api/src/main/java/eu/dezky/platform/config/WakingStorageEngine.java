package eu.dezky.platform.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The event storage as {@link WakingEventStore}'s producer sees it: everything is the delegate's, except that the
 * producer's own stream (the only one opened with {@code mayBlock}) calls {@code arrived} after each event it has
 * handed on — by then the embedded store has put the event where its streams read it.
 */
final class WakingStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final Runnable arrived;

    WakingStorageEngine(EventStorageEngine delegate, Runnable arrived) {
        this.delegate = delegate;
        this.arrived = arrived;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = delegate.readEvents(trackingToken, mayBlock);
        if (!mayBlock) {
            return events;
        }
        return StreamSupport.stream(new Announcing<>(events.spliterator()), false).onClose(events::close);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    /** Hands each element on, then announces it (one at a time, so the consumer is done with it first). */
    private final class Announcing<T> implements Spliterator<T> {

        private final Spliterator<T> events;

        private Announcing(Spliterator<T> events) {
            this.events = events;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            boolean handed = events.tryAdvance(action);
            if (handed) {
                arrived.run();
            }
            return handed;
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return events.estimateSize();
        }

        @Override
        public int characteristics() {
            return events.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
        }
    }
}
