package eu.dezky.platform.processing;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failed event is parked with its retries counted, unless the read-model store could not be reached. */
class ProjectionDeadLetterPolicyTest {

    private final ProjectionDeadLetterPolicy policy = new ProjectionDeadLetterPolicy();
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

    @Test
    void aFailureOfTheHandlerIsParkedAndEachFailedRetryCounted() {
        IllegalStateException bug = new IllegalStateException("x".repeat(5000));
        EnqueueDecision<EventMessage<?>> parked = policy.decide(new GenericDeadLetter<>("s", event, bug), bug);
        assertThat(parked.shouldEnqueue()).isTrue();
        assertThat(parked.enqueueCause().orElseThrow().getMessage()).hasSize(ThrowableCause.TRUNCATED_MESSAGE_SIZE);
        DeadLetter<? extends EventMessage<?>> stored = parked.withDiagnostics(new GenericDeadLetter<>("s", event, bug));
        assertThat(stored.diagnostics()).containsEntry(ProjectionDeadLetterPolicy.RETRIES, 0);

        IllegalArgumentException again = new IllegalArgumentException("still broken");
        EnqueueDecision<EventMessage<?>> requeued = policy.decide(stored, new ThrowableCause(again));
        assertThat(requeued.enqueueCause().orElseThrow()).isSameAs(again);
        assertThat(requeued.withDiagnostics(stored).diagnostics()).containsEntry(ProjectionDeadLetterPolicy.RETRIES, 1);
    }

    @Test
    void anUnreachableStoreIsThrownOnSoTheBatchIsRetried() {
        var timeout = new MongoTimeoutException("no server");
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("s", event, timeout), timeout)).isSameAs(timeout);
        var wrapped = new DataAccessResourceFailureException("flush failed",
                new MongoSocketReadTimeoutException("read", new ServerAddress(), new IOException("reset")));
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("s", event, wrapped), wrapped)).isSameAs(wrapped);
        var inCause = new IllegalStateException("handler", timeout);
        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>("s", event, inCause), inCause)).isSameAs(inCause);
    }

    /** Fails once as if MongoDB were down, then takes everything but the event "bug". */
    static class FlakyProjection {

        final AtomicInteger calls = new AtomicInteger();

        @EventHandler
        void on(String payload) {
            if (calls.incrementAndGet() == 1) {
                throw new MongoTimeoutException("no server");
            }
            if (payload.equals("bug")) {
                throw new IllegalStateException("a bug");
            }
        }
    }

    @Test
    void withAxonsInvokerAnOutageFailsTheBatchForARetryWhileABugIsParked() throws Exception {
        SequencedDeadLetterQueue<EventMessage<?>> queue = InMemorySequencedDeadLetterQueue.defaultQueue();
        DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(new FlakyProjection()).queue(queue).enqueuePolicy(policy)
                .transactionManager(NoTransactionManager.instance()).build();

        assertThatThrownBy(() -> invoker.handle(event("m-1", "ok"), Segment.ROOT_SEGMENT))
                .isInstanceOf(MongoTimeoutException.class);
        assertThat(queue.size()).as("nothing parked for the outage").isZero();
        invoker.handle(event("m-1", "ok"), Segment.ROOT_SEGMENT); // the processor's retry of the batch

        invoker.handle(event("m-2", "bug"), Segment.ROOT_SEGMENT);
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.contains("m-2")).isTrue();
    }

    private static EventMessage<?> event(String aggregate, String payload) {
        return new GenericDomainEventMessage<>("Member", aggregate, 0, payload);
    }
}
