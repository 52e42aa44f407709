package eu.dezky.api.processing;

/**
 * An operator evicted the dead letter of event {@code eventId} ({@code eventType}, of aggregate {@code aggregateId}
 * or null) from processor {@code processor}: that processor's read model lacks the event until it is rebuilt. Who
 * did it is in the metadata, as for every event.
 */
public record DeadLetterEvictedEvent(String processor, String eventId, String eventType, String aggregateId) {
}
