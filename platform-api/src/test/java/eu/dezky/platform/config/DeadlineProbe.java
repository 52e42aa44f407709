package eu.dezky.platform.config;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Test aggregate that schedules one deadline and records an event when it fires. */
public class DeadlineProbe {

    record ScheduleProbeCommand(@TargetAggregateIdentifier String id, Duration delay) {
    }

    record ProbeScheduledEvent(String id) {
    }

    record ProbeFiredEvent(String id) {
    }

    @AggregateIdentifier
    private String id;

    /** Axon rebuilds the aggregate from its events through this constructor. */
    DeadlineProbe() {
    }

    @CommandHandler
    DeadlineProbe(ScheduleProbeCommand command, DeadlineManager deadlines) {
        apply(new ProbeScheduledEvent(command.id()));
        deadlines.schedule(command.delay(), "probe");
    }

    @DeadlineHandler(deadlineName = "probe")
    void fire() {
        apply(new ProbeFiredEvent(id));
    }

    @EventSourcingHandler
    void on(ProbeScheduledEvent event) {
        this.id = event.id();
    }
}
