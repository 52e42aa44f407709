package eu.dezky.api.audit;

import java.util.List;

/** A tenant's events in store order, each by its id and the aggregate whose stream holds it. */
public record TenantEvents(List<Ref> events) {

    /** One stored event: its identifier, its aggregate, its position in the store. */
    public record Ref(String eventId, String aggregateId, long sequence) {
    }
}
