package eu.dezky.api.processing;

import eu.dezky.api.common.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that an operator evicted the dead letter of event {@code eventId} ({@code eventType}, of aggregate
 * {@code aggregateId} when it has one) from processor {@code processor}. The log of one processor is its own
 * aggregate, {@link #logOf(String)}.
 */
public record RecordDeadLetterEvictionCommand(@TargetAggregateIdentifier String processorLog, String processor,
                                              String eventId, String eventType, String aggregateId) {

    public RecordDeadLetterEvictionCommand {
        InvalidValueException.require(processor != null && !processor.isBlank(), "processor", "processor is required");
        InvalidValueException.require(eventId != null && !eventId.isBlank(), "eventId", "eventId is required");
    }

    public static RecordDeadLetterEvictionCommand of(String processor, String eventId, String eventType,
                                                     String aggregateId) {
        return new RecordDeadLetterEvictionCommand(logOf(processor), processor, eventId, eventType, aggregateId);
    }

    /** The aggregate id of a processor's log: a prefix no tenant slug, domain or member id can carry. */
    public static String logOf(String processor) {
        return "processor:" + processor;
    }
}
