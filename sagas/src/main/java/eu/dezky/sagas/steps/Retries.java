package eu.dezky.sagas.steps;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a saga's retries go: its persistent deadline manager under the saga's retry deadline name, and the clock
 * that says when a scheduled retry is due (a saga without a clock resource uses the system's).
 */
public record Retries(DeadlineManager deadlines, String deadlineName, Clock clock) {

    /** Schedules the retry and answers its id, for cancelling it. */
    String schedule(Duration delay) {
        return deadlines.schedule(delay, deadlineName);
    }

    void cancel(String id) {
        deadlines.cancelSchedule(deadlineName, id);
    }

    Instant now() {
        return clock == null ? Instant.now() : clock.instant();
    }
}
