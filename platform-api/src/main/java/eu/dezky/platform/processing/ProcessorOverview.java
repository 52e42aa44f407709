package eu.dezky.platform.processing;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.platform.readmodel.ReadModelGenerations;
import eu.dezky.platform.replay.ProjectionRebuilds;
import eu.dezky.platform.replay.RebuildStatus;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Builds the operators' view of every event processor Axon runs, in name order, with the position of the store's
 * head and, for projections, their read model's generation and latest rebuild.
 */
@Component
public class ProcessorOverview {

    private final Configuration axon;
    private final ProcessorKinds kinds;
    private final ProjectionRebuilds rebuilds;
    private final ReadModelGenerations generations;
    private final StoreLag lag;

    public ProcessorOverview(Configuration axon, ProcessorKinds kinds, ProjectionRebuilds rebuilds,
                             ReadModelGenerations generations, StoreLag lag) {
        this.axon = axon;
        this.kinds = kinds;
        this.rebuilds = rebuilds;
        this.generations = generations;
        this.lag = lag;
    }

    public List<ProcessorView> all() {
        long head = lag.head();
        return axon.eventProcessingConfiguration().eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> view(processor, head))
                .toList();
    }

    /** One processor; {@code processor-not-found} (404) for an unknown name. */
    public ProcessorView one(String name) {
        EventProcessor processor = axon.eventProcessingConfiguration().eventProcessors().get(name);
        if (processor == null) {
            throw new RuleViolationException("processor-not-found", "there is no event processor '" + name + "'");
        }
        return view(processor, lag.head());
    }

    private ProcessorView view(EventProcessor processor, long head) {
        String name = processor.getName();
        String kind = kinds.kindOf(name);
        boolean projection = ProcessorKinds.PROJECTION.equals(kind);
        RebuildStatus rebuild = projection ? rebuilds.status(name).orElse(null) : null;
        List<EventTrackerStatus> statuses = processor instanceof StreamingEventProcessor streaming
                ? streaming.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId())).toList()
                : List.of();
        Long position = lowest(statuses);
        Long lagEvents = position == null || head < 0 ? null : Math.max(0, head - position);
        Double lagSeconds = lagEvents == null ? null : lagEvents == 0 ? 0.0 : lag.secondsBehind(position);
        String error = statuses.stream().filter(EventTrackerStatus::isErrorState).findFirst()
                .map(s -> describe(s.getError())).orElse(processor.isError() ? "the processor is retrying after an error" : null);
        boolean rebuilding = rebuild != null && rebuild.active();
        boolean resetting = statuses.stream().anyMatch(EventTrackerStatus::isReplaying);
        String status = rebuilding || resetting ? "replaying" : error != null ? "error"
                : processor.isRunning() ? "running" : "stopped";
        Double progress = rebuilding ? Double.valueOf(rebuild.progress()) : resetting ? resetProgress(statuses) : null;
        return new ProcessorView(name, kind, projection, status, progress, error, position, head < 0 ? null : head,
                lagEvents, lagSeconds, statuses.stream().map(ProcessorOverview::segment).toList(),
                projection ? generations.generation(name) : null, rebuild,
                axon.eventProcessingConfiguration().deadLetterQueue(name).map(q -> q.size()).orElse(null));
    }

    private static Long lowest(List<EventTrackerStatus> statuses) {
        if (statuses.isEmpty()) {
            return null;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses) {
            lowest = Math.min(lowest, status.getCurrentPosition().orElse(-1));
        }
        return lowest;
    }

    /** How far a reset (Axon's own replay) has come: current against reset position, over all segments. */
    private static Double resetProgress(List<EventTrackerStatus> statuses) {
        double current = 0;
        double target = 0;
        for (EventTrackerStatus status : statuses) {
            OptionalLong reset = status.getResetPosition();
            current += status.getCurrentPosition().orElse(0);
            target += reset.orElse(status.getCurrentPosition().orElse(0));
        }
        return target <= 0 ? 0.0 : Math.min(1.0, current / target);
    }

    private static ProcessorView.Segment segment(EventTrackerStatus status) {
        OptionalLong at = status.getCurrentPosition();
        return new ProcessorView.Segment(status.getSegment().getSegmentId(), status.getSegment().getMask(),
                at.isPresent() ? at.getAsLong() : null, status.isCaughtUp(), status.isReplaying(),
                status.isErrorState() ? describe(status.getError()) : null);
    }

    private static String describe(Throwable error) {
        return error == null ? null : error.getClass().getSimpleName() + ": " + error.getMessage();
    }
}
