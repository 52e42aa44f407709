package eu.dezky.platform.processing;

import eu.dezky.platform.readmodel.StoreUnavailable;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * What becomes of an event a projection failed on. An event the handler cannot take (a payload that cannot be read, a
 * bug) is parked in the group's dead-letter queue with its cause and the number of retries so far, and its sequence
 * waits behind it while every other sequence goes on; {@code /api/operator/processors/{name}/dead-letters} shows,
 * retries and evicts it. A failure of the read-model store itself (MongoDB unreachable, timing out, electing a
 * primary) is not the event's fault: parking would strand every event that met the outage. It is thrown on instead,
 * so the batch rolls back and the processor retries it with back-off until the store answers.
 */
public final class ProjectionDeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** The diagnostics key counting failed retries of a letter. */
    public static final String RETRIES = "retries";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (StoreUnavailable.causes(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the read-model store failed", cause);
        }
        // a letter comes back here after a failed retry with its diagnostics; a new one has none
        Object before = letter.diagnostics().get(RETRIES);
        int retries = before instanceof Number n ? n.intValue() + 1 : 0;
        return Decisions.enqueue(recordable(cause, before != null), l -> l.diagnostics().and(RETRIES, retries));
    }

    /**
     * The cause as the queue should record it, its message cut to what the table holds. A stored letter wraps what it
     * is given in a new cause (Axon's JdbcDeadLetter), which would record "ThrowableCause" as the type: a retried
     * letter therefore gets the original exception whenever its message fits.
     */
    private static Throwable recordable(Throwable cause, boolean stored) {
        Throwable original = cause instanceof ThrowableCause wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : cause;
        String message = original.getMessage();
        boolean fits = message == null || message.length() <= ThrowableCause.TRUNCATED_MESSAGE_SIZE;
        return stored && fits ? original : ThrowableCause.truncated(original);
    }
}
