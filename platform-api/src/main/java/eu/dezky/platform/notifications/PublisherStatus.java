package eu.dezky.platform.notifications;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What health and metrics report about the publisher: events behind (the store's head position minus the position
 * of the publisher's token; approximate, as the global index may have gaps), seconds behind ({@link PublisherLag}),
 * records acknowledged, and whether it is retrying a failed batch. Only the engine instance that holds the
 * publisher's token knows its position; elsewhere the event lag is unknown.
 */
final class PublisherStatus {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> store;
    private final PublisherLag lag;
    private final String topic;

    PublisherStatus(ObjectProvider<EventProcessingConfiguration> processing, ObjectProvider<EventStore> store,
                    PublisherLag lag, String topic) {
        this.processing = processing;
        this.store = store;
        this.lag = lag;
        this.topic = topic;
    }

    String topic() {
        return topic;
    }

    /** The tracker of the publisher's one segment, when this instance processes it. */
    Optional<EventTrackerStatus> tracker() {
        return processing.getObject().eventProcessor(KafkaPublisherConfig.PROCESSING_GROUP, StreamingEventProcessor.class)
                .flatMap(processor -> processor.processingStatus().values().stream().findFirst());
    }

    /** Events stored after the last one the publisher committed; empty when this instance does not hold the token. */
    OptionalLong eventsBehind() {
        Optional<EventTrackerStatus> tracker = tracker();
        if (tracker.isEmpty()) {
            return OptionalLong.empty();
        }
        TrackingToken head = store.getObject().createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        long position = tracker.get().getCurrentPosition().orElse(-1);
        return OptionalLong.of(Math.max(0, headPosition - position));
    }

    double secondsBehind() {
        return lag.secondsBehind();
    }

    long acknowledged() {
        return lag.acknowledged();
    }

    /** The error of the batch being retried, if the publisher is retrying one. */
    Optional<Throwable> retrying() {
        return tracker().filter(EventTrackerStatus::isErrorState).map(EventTrackerStatus::getError);
    }
}
