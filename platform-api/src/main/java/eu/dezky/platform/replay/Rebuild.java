package eu.dezky.platform.replay;

import eu.dezky.platform.readmodel.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One rebuild of a projection: its processor writing generation {@code generation}, the collections it touched, and
 * where it stands. The phase moves BUILDING → SWITCHING → DONE, or to FAILED with the error.
 */
final class Rebuild {

    enum Phase { BUILDING, SWITCHING, DONE, FAILED }

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    private final String group;
    private final int generation;
    private final long headAtStart;
    private final Instant startedAt = Instant.now();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private volatile StreamingEventProcessor processor;
    private volatile EmbeddedEventStore events;
    private volatile Phase phase = Phase.BUILDING;
    private volatile String error;
    private volatile Instant finishedAt;
    private volatile long finalPosition = -1;
    private final AtomicLong skipped = new AtomicLong();

    Rebuild(String group, int generation, long headAtStart) {
        this.group = group;
        this.generation = generation;
        this.headAtStart = headAtStart;
    }

    /** Starts {@code newProcessor}, which reads {@code source}; both stop with {@link #stopProcessing()}. */
    void run(StreamingEventProcessor newProcessor, EmbeddedEventStore source) {
        this.processor = newProcessor;
        this.events = source;
        newProcessor.start();
    }

    /** The lowest position all segments have reached: every event up to it is in the new generation. */
    OptionalLong position() {
        if (finalPosition >= 0) {
            return OptionalLong.of(finalPosition);
        }
        StreamingEventProcessor running = processor;
        Collection<EventTrackerStatus> segments = running == null ? List.of() : running.processingStatus().values();
        if (segments.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments) {
            OptionalLong at = segment.getCurrentPosition();
            lowest = Math.min(lowest, at.isPresent() ? at.getAsLong() : -1);
        }
        return OptionalLong.of(lowest);
    }

    /** Every segment has reached the end of the store as the processor last saw it, and at least {@code head}. */
    boolean caughtUpTo(long head) {
        StreamingEventProcessor running = processor;
        var segments = running == null ? List.<EventTrackerStatus>of() : running.processingStatus().values();
        return !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp)
                && position().orElse(-1) >= head;
    }

    /** The last error of a segment, if one is failing right now. */
    String segmentError() {
        StreamingEventProcessor running = processor;
        return running == null ? null : running.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState).findFirst()
                .map(status -> String.valueOf(status.getError())).orElse(null);
    }

    /** Stops the processor and its event source, and lets go of them (and the documents their template knows). */
    void stopProcessing() {
        position().ifPresent(at -> finalPosition = at);
        if (processor != null) {
            processor.shutDown();
            processor = null;
        }
        if (events != null) {
            events.shutDown();
            events = null;
        }
    }

    /**
     * A handler of the new generation failed on {@code event}. A read-model store that cannot be reached fails the
     * batch, which is retried; any other failure skips the event, counted and logged, as the live processor would
     * park it.
     */
    void eventFailed(Exception failure, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        if (StoreUnavailable.causes(failure)) {
            throw failure;
        }
        skipped.incrementAndGet();
        log.warn("Rebuild of {} into generation {} skips event {} ({}): {}", group, generation, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), failure.toString());
    }

    void switching() {
        phase = Phase.SWITCHING;
    }

    void done() {
        phase = Phase.DONE;
        finishedAt = Instant.now();
    }

    void failed(String why) {
        phase = Phase.FAILED;
        error = why;
        finishedAt = Instant.now();
    }

    Set<String> touched() {
        return touched;
    }

    /** Events per second over the whole rebuild, counting every event in the store up to where it got. */
    double eventsPerSecond() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        return Math.max(position().orElse(0), 0) / seconds;
    }

    RebuildStatus status() {
        long at = position().orElse(-1);
        double progress = headAtStart <= 0 ? (phase == Phase.BUILDING ? 0 : 1)
                : Math.min(1.0, Math.max(0, at) / (double) headAtStart);
        return new RebuildStatus(group, generation, phase.name().toLowerCase(java.util.Locale.ROOT),
                phase == Phase.DONE ? 1.0 : progress, at < 0 ? null : at, headAtStart, startedAt, finishedAt,
                Math.round(eventsPerSecond()), error != null ? error : segmentError(), new TreeSet<>(touched),
                skipped.get());
    }

    boolean active() {
        return phase == Phase.BUILDING || phase == Phase.SWITCHING;
    }

    Phase phase() {
        return phase;
    }

    String group() {
        return group;
    }

    int generation() {
        return generation;
    }

    Instant startedAt() {
        return startedAt;
    }
}
