package eu.dezky.platform.notifications;

import eu.dezky.adapters.kafka.Actor;
import eu.dezky.adapters.kafka.LifecyclePublisher;
import eu.dezky.adapters.notifications.Catalogue;
import eu.dezky.adapters.notifications.PublicEvent;
import eu.dezky.platform.audit.CallerMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.util.Optional;

/**
 * The publisher's event handler: the public events are sent to Kafka at once, and the batch (one unit of work of the
 * tracking processor) commits its token only after the broker acknowledged each of its records. A failed send fails
 * the batch; the processor's error handler propagates it, so the processor backs off and sends the batch again
 * instead of skipping it. Internal events are declined by type, so the processor passes them without reading them.
 * A plain {@link EventMessageHandler} rather than an annotated one: Axon wraps each annotated handler call in a
 * timeout task (a stack trace and a scheduled check per event), too dear at thousands of events per second, and a
 * send may legitimately wait for the broker's metadata.
 */
class PublishingHandler implements EventMessageHandler {

    private static final String PENDING = PublishingHandler.class.getName() + ".pending";

    private final Catalogue catalogue;
    private final LifecyclePublisher publisher;
    private final PublisherLag lag;
    private final Duration batchTimeout;

    PublishingHandler(Catalogue catalogue, LifecyclePublisher publisher, PublisherLag lag, Duration batchTimeout) {
        this.catalogue = catalogue;
        this.publisher = publisher;
        this.lag = lag;
        this.batchTimeout = batchTimeout;
    }

    @Override
    public boolean canHandle(EventMessage<?> event) {
        return catalogue.maps(event.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return catalogue.maps(payloadType);
    }

    @Override
    public Class<?> getTargetType() {
        return PublishingHandler.class;
    }

    /** Published notifications cannot be taken back: the publisher is never replayed. */
    @Override
    public boolean supportsReset() {
        return false;
    }

    @Override
    public Object handle(EventMessage<?> event) {
        PendingAcks pending = pendingOfThisBatch(event);
        Optional<PublicEvent> published = catalogue.map(event.getPayload());
        if (published.isPresent()) {
            pending.send(() -> publisher.send(event.getIdentifier(), event.getTimestamp(), actor(event.getMetaData()),
                    published.get()));
        }
        return null;
    }

    private PendingAcks pendingOfThisBatch(EventMessage<?> first) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            lag.batchStarted(first.getTimestamp());
            PendingAcks pending = new PendingAcks(batchTimeout);
            // prepare-commit runs inside the processor's transaction: a failure here rolls the token back
            batch.onPrepareCommit(unitOfWork -> pending.awaitAll());
            batch.afterCommit(unitOfWork -> lag.batchCommitted(pending.size()));
            return pending;
        });
    }

    private static Actor actor(MetaData metaData) {
        return new Actor(text(metaData.get(CallerMetadata.SUBJECT)), text(metaData.get(CallerMetadata.AUDIENCE)));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
