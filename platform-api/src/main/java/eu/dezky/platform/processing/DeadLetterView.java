package eu.dezky.platform.processing;

import java.time.Instant;

/**
 * One parked event of a projection: which event (its id names the letter), its place in its sequence (0: the one that
 * failed first and blocks the others), why it failed last and how many retries failed since it was parked.
 */
public record DeadLetterView(String eventId, String sequence, int position, String eventType, String aggregateId,
                             Long aggregateSequence, Instant occurredAt, Instant enqueuedAt, Instant lastTouched,
                             String cause, int retries) {
}
