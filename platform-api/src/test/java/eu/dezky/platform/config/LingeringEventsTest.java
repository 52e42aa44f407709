package eu.dezky.platform.config;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lingering view of the store wakes a reader once per burst of events, after the linger, and hands it every event
 * in order; the store's own streams still wake their reader at once. A real embedded store on Axon's in-memory storage.
 */
class LingeringEventsTest {

    private static final Duration LINGER = Duration.ofSeconds(1); // long, so "not yet" holds on a busy machine

    private final WakingEventStore store = WakingEventStore.on(new InMemoryEventStorageEngine(), EmbeddedEventStore.builder());
    private final LingeringEvents lingering = new LingeringEvents(store, LINGER);

    @AfterEach
    void close() {
        lingering.close();
        store.shutDown();
    }

    @Test
    void aBurstOfEventsWakesTheReaderOnceAfterTheLingerWithEveryEventReadable() throws InterruptedException {
        TrackingEventStream stream = (TrackingEventStream) lingering.openStream(null);
        TrackingEventStream direct = store.openStream(null);
        AtomicInteger woken = new AtomicInteger();
        AtomicInteger wokenDirectly = new AtomicInteger();
        stream.setOnAvailableCallback(woken::incrementAndGet);
        direct.setOnAvailableCallback(wokenDirectly::incrementAndGet);
        // as an idle processor does: it looked, found nothing, and waits for its callback (starts the store's producer)
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(direct.hasNextAvailable()).isFalse();

        for (int i = 0; i < 3; i++) {
            store.publish(GenericEventMessage.asEventMessage("event " + i));
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> wokenDirectly.get() > 0);
        assertThat(woken).as("not before the linger").hasValue(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> woken.get() > 0);
        Thread.sleep(LINGER.toMillis() + 200);
        assertThat(woken).as("one wake for the burst").hasValue(1);
        for (int i = 0; i < 3; i++) {
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event " + i);
        }
        stream.close();
        direct.close();
    }
}
