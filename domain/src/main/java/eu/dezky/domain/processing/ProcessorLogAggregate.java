package eu.dezky.domain.processing;

import eu.dezky.api.processing.DeadLetterEvictedEvent;
import eu.dezky.api.processing.RecordDeadLetterEvictionCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The log of one event processor: what operators did to it that changes what its read model holds, kept in the
 * event store so that the audit trail shows it with who did it. It decides nothing: the processor's own dead-letter
 * queue already refused an eviction of a letter it does not hold.
 */
@AggregateRoot(type = "ProcessorLog")
public class ProcessorLogAggregate {

    @AggregateIdentifier
    private String processorLog;

    /** Axon creates the log on its first record and rebuilds it from its events through this constructor. */
    ProcessorLogAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDeadLetterEvictionCommand command) {
        apply(new DeadLetterEvictedEvent(command.processor(), command.eventId(), command.eventType(),
                command.aggregateId()));
    }

    @EventSourcingHandler
    void on(DeadLetterEvictedEvent event) {
        processorLog = RecordDeadLetterEvictionCommand.logOf(event.processor());
    }
}
