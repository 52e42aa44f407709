package eu.dezky.platform.notifications;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

/**
 * The publisher's processor as the engine configures it, on Axon's own event store (in memory): where it starts
 * without a token, and that a handler failure is retried rather than skipped.
 */
class PublisherProcessorTest {

    @Test
    void startingAtNowSkipsThePastWhileBeginningPublishesIt() {
        assertThat(handledAfterStart(KafkaPublisherSettings.StartAt.NOW, "new")).containsExactly("new");
        assertThat(handledAfterStart(KafkaPublisherSettings.StartAt.BEGINNING, "new")).containsExactly("old", "new");
    }

    @Test
    void aFailedBatchIsRetriedWholeAfterABackoffAndNothingIsSkipped() {
        // the failure rolls the batch back: the retry handles "flaky" (and any event batched with it) again
        assertThat(handledAfterStart(KafkaPublisherSettings.StartAt.BEGINNING, "flaky"))
                .containsSubsequence("old", "flaky: failed", "flaky").endsWith("flaky");
    }

    /** Publishes "old", starts the processor, publishes {@code next}; what the handler saw once {@code next} is in. */
    private static List<String> handledAfterStart(KafkaPublisherSettings.StartAt startAt, String next) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(asEventMessage("old"));
        Recorder recorder = new Recorder();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(config -> store)
                .eventProcessing(processing -> processing.registerEventHandler(config -> recorder));
        new KafkaPublisherConfig.Publishing()
                .kafkaPublisherProcessor(new KafkaPublisherSettings("t", startAt, 10, Duration.ofSeconds(2)))
                .configureModule(configurer);
        Configuration configuration = configurer.start();
        try {
            // the processor takes its initial token in the background: "now" must not include the next event
            StreamingEventProcessor processor = configuration.eventProcessingConfiguration()
                    .eventProcessor(KafkaPublisherConfig.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofSeconds(10)).until(() -> !processor.processingStatus().isEmpty());
            store.publish(asEventMessage(next));
            await().atMost(Duration.ofSeconds(20)).until(() -> recorder.handled.contains(next));
            return List.copyOf(recorder.handled);
        } finally {
            configuration.shutdown();
        }
    }

    @ProcessingGroup(KafkaPublisherConfig.PROCESSING_GROUP)
    static class Recorder {

        final List<String> handled = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String event) {
            if (event.equals("flaky") && !handled.contains("flaky: failed")) {
                handled.add("flaky: failed");
                throw new IllegalStateException("the broker did not acknowledge");
            }
            handled.add(event);
        }
    }
}
