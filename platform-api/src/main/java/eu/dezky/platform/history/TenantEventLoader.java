package eu.dezky.platform.history;

import eu.dezky.api.audit.TenantEvents;
import eu.dezky.projections.audit.AuditProjection;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a tenant's events from the event store. Which events are the tenant's comes from the audit trail, which
 * records every event with its tenant and aggregate; the events themselves are read per aggregate (the store's
 * index) and put back in store order, so each aggregate's events keep their sequence.
 */
@Component
class TenantEventLoader {

    /** How long a history request waits for the audit trail to reach the events stored before it. */
    private static final Duration AUDIT_WAIT = Duration.ofSeconds(5);

    private final EventStore eventStore;
    private final Configuration axon;

    TenantEventLoader(EventStore eventStore, Configuration axon) {
        this.eventStore = eventStore;
        this.axon = axon;
    }

    List<DomainEventMessage<?>> load(List<TenantEvents.Ref> refs) {
        Set<String> wanted = refs.stream().map(TenantEvents.Ref::eventId).collect(Collectors.toSet());
        Map<String, DomainEventMessage<?>> byId = new HashMap<>();
        refs.stream().map(TenantEvents.Ref::aggregateId).distinct().forEach(aggregate ->
                eventStore.readEvents(aggregate, 0).asStream()
                        .filter(event -> wanted.contains(event.getIdentifier()))
                        .forEach(event -> byId.put(event.getIdentifier(), event)));
        return refs.stream().<DomainEventMessage<?>>map(ref -> byId.get(ref.eventId())).filter(Objects::nonNull).toList();
    }

    /**
     * Waits (briefly) until the audit trail has seen every event stored before this request, so a history of the
     * last moments misses nothing; a stopped audit processor is not waited for.
     */
    void awaitAuditTrail() {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        Optional<StreamingEventProcessor> audit = axon.eventProcessingConfiguration()
                .eventProcessor(AuditProjection.PROCESSING_GROUP, StreamingEventProcessor.class);
        long deadline = System.nanoTime() + AUDIT_WAIT.toNanos();
        while (audit.isPresent() && audit.get().isRunning() && position(audit.get()) < target
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
    }
}
