package eu.dezky.projections.audit;

import eu.dezky.api.processing.DeadLetterEvictedEvent;

import static eu.dezky.projections.audit.AuditDescription.SUCCEEDED;

/**
 * The processing context's events in words: an operator evicted a dead letter, so a read model lacks that event until
 * it is rebuilt. Not a tenant's entry: it shows in the operators' audit trail.
 */
final class ProcessingWords {

    private ProcessingWords() {
    }

    static void register(Describers describers) {
        describers.add(DeadLetterEvictedEvent.class, (e, s) -> AuditDescription.of("evicted a dead letter from",
                "processor", e.processor(), e.processor(), SUCCEEDED).withDetail(e.eventType() + " event "
                + e.eventId() + (e.aggregateId() == null ? "" : " of " + e.aggregateId())
                + "; the read model lacks it until it is rebuilt"));
    }
}
