package eu.dezky.projections;

import eu.dezky.api.common.TenantScoped;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.SerializationException;

/**
 * One sequence per tenant, for projections whose documents gather events of several aggregates of one tenant (the
 * tenant itself, its members, its domains): a pooled processor then handles a tenant's events one after the other, in
 * the store's order, so read-modify-write of a tenant's document is safe and a replay sees the same order. Events
 * that belong to no tenant keep one sequence per aggregate, and so does an event whose payload cannot be read: its
 * handler then fails on it and parks it in the dead-letter queue alone, instead of the processor failing on the
 * sequence itself and stopping every tenant's events behind it.
 */
public final class TenantSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy perAggregate = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (SerializationException unreadable) {
            return perAggregate.getSequenceIdentifierFor(event);
        }
        return payload instanceof TenantScoped scoped ? "tenant:" + scoped.tenantId().slug()
                : perAggregate.getSequenceIdentifierFor(event);
    }
}
