package eu.dezky.platform.processing;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.io.IOException;

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
}
