package eu.dezky.platform.readmodel;

import eu.dezky.projections.readmodel.ReadModelTemplate;
import eu.dezky.projections.readmodel.WriteBatch;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import java.util.Optional;

/**
 * An event handler that fails half-way leaves none of its read-model writes in the batch: the event is parked (or a
 * rebuild skips it) whole, never with half its effect committed beside the other events of the batch. Writes already
 * sent (a query in the handler sends what is pending) stay; everything else the handler saved or removed is taken back.
 * Applies only where a write batch is open, so sagas and other handlers pass through untouched.
 */
public final class HandlerWritesRollback implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Optional<WriteBatch> batch = ReadModelTemplate.batchOnThisThread();
                if (batch.isEmpty()) {
                    return super.handle(message, target);
                }
                WriteBatch.Mark mark = batch.get().mark();
                try {
                    return super.handle(message, target);
                } catch (Exception | Error failure) {
                    batch.get().rollBackTo(mark);
                    throw failure;
                }
            }
        };
    }
}
