package eu.dezky.platform.processing;

import eu.dezky.api.audit.EventTypeNames;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.processing.DeadLetterEvictedEvent;
import eu.dezky.api.processing.RecordDeadLetterEvictionCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The events a projection parked in its dead-letter queue ({@link ProjectionDeadLetterPolicy}), for operators: listed
 * sequence by sequence in the order they will be retried, retried (each sequence once, from its first letter, so a
 * sequence's events stay in order), or evicted one by one when an event can never be taken (the read model then
 * lacks it until a rebuild). Letters are named by the id of their event. Every start retries them once.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final Configuration axon;
    private final CommandGateway commands;
    private final TransactionManager transactions;

    public DeadLetters(Configuration axon, CommandGateway commands, TransactionManager transactions) {
        this.axon = axon;
        this.commands = commands;
        this.transactions = transactions;
    }

    /** The processor's letters, at most {@code limit}; {@code processor-not-found} (404), {@code no-dead-letters} (409). */
    public DeadLetterList list(String processor, int limit) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<DeadLetterView> shown = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            int position = 0;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (shown.size() == limit) {
                    return new DeadLetterList(processor, queue.size(), queue.amountOfSequences(), shown, true);
                }
                shown.add(view(letter, position++));
            }
        }
        return new DeadLetterList(processor, queue.size(), queue.amountOfSequences(), shown, false);
    }

    /** How many letters each processor with a dead-letter queue holds, by name. */
    public Map<String, Long> sizes() {
        Map<String, Long> sizes = new TreeMap<>();
        axon.eventProcessingConfiguration().eventProcessors().keySet().forEach(name -> axon.eventProcessingConfiguration()
                .deadLetterQueue(name).ifPresent(queue -> sizes.put(name, queue.size())));
        return sizes;
    }

    /**
     * Retries every sequence once, from its first letter: a sequence whose letters all go through leaves the queue;
     * one that fails again stays with its retries counted.
     */
    public DeadLetterRetry retry(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> retrying = axon.eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(processor).orElseThrow(() -> noQueue(processor));
        List<String> heads = firstOfEachSequence(queue);
        int cleared = 0;
        for (String head : heads) {
            if (retrying.process(letter -> letter.message().getIdentifier().equals(head))) {
                cleared++;
            }
        }
        return new DeadLetterRetry(processor, heads.size(), cleared, queue.size());
    }

    /**
     * Retries every processor's dead letters once, after each start: a fix for what failed usually arrives as a
     * deployment, so what was parked goes through without an operator (what still fails stays, its retries counted).
     * Off the start-up thread, so the engine is ready at once.
     */
    @EventListener(ApplicationReadyEvent.class)
    void retryAfterStart() {
        CompletableFuture.runAsync(this::retryAll).exceptionally(failure -> {
            log.warn("retrying the dead letters after the start failed: {}", failure.toString());
            return null;
        });
    }

    /** Retries the dead letters of every processor that holds some; what went through is logged. */
    public void retryAll() {
        sizes().forEach((processor, letters) -> {
            if (letters > 0) {
                DeadLetterRetry retried = retry(processor);
                log.info("{}: {} of {} dead-letter sequences went through on retry, {} letters left", processor,
                        retried.sequencesCleared(), retried.sequencesRetried(), retried.lettersLeft());
            }
        });
    }

    /**
     * Drops the letter of event {@code eventId} for good and records that in the event log ({@link
     * DeadLetterEvictedEvent}, with who did it, for the audit trail); {@code dead-letter-not-found} (404) when there is
     * none. The eviction and its record commit together, in one PostgreSQL transaction: the trail never misses an
     * eviction, nor shows one that did not happen.
     */
    public void evict(String processor, String eventId, String by) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    DeadLetterView evicted = view(letter, 0);
                    transactions.executeInTransaction(() -> {
                        queue.evict(letter);
                        commands.sendAndWait(RecordDeadLetterEvictionCommand.of(processor, eventId,
                                evicted.eventType(), evicted.aggregateId()));
                    });
                    log.warn("{} evicted the dead letter of {} event {} from {}: the read model lacks it until a rebuild",
                            by, evicted.eventType(), eventId, processor);
                    return;
                }
            }
        }
        throw new RuleViolationException("dead-letter-not-found",
                "'" + processor + "' holds no dead letter of event " + eventId);
    }

    private static List<String> firstOfEachSequence(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<String> heads = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            var letters = sequence.iterator();
            if (letters.hasNext()) {
                heads.add(letters.next().message().getIdentifier());
            }
        }
        return heads;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        if (!axon.eventProcessingConfiguration().eventProcessors().containsKey(processor)) {
            throw new RuleViolationException("processor-not-found", "there is no event processor '" + processor + "'");
        }
        return axon.eventProcessingConfiguration().deadLetterQueue(processor).orElseThrow(() -> noQueue(processor));
    }

    private static RuleViolationException noQueue(String processor) {
        return new RuleViolationException("no-dead-letters", "'" + processor + "' keeps no dead-letter queue: it"
                + " retries a failed event until it goes through");
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter, int position) {
        EventMessage<?> event = letter.message();
        Optional<DomainEventMessage<?>> domain = event instanceof DomainEventMessage<?> d ? Optional.of(d) : Optional.empty();
        Object retries = letter.diagnostics().get(ProjectionDeadLetterPolicy.RETRIES);
        return new DeadLetterView(event.getIdentifier(),
                letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null, position,
                EventTypeNames.of(event.getPayloadType()),
                domain.map(DomainEventMessage::getAggregateIdentifier).orElse(null),
                domain.map(DomainEventMessage::getSequenceNumber).orElse(null), event.getTimestamp(),
                letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                retries instanceof Number n ? n.intValue() : 0);
    }
}
